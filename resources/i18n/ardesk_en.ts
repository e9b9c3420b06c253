<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Ticked: %n item(s), %1 to pay.</source>
        <translation>
            <numerusform>Ticked: %n item, %1 to pay.</numerusform>
            <numerusform>Ticked: %n items, %1 to pay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankStatementsPage</name>
    <message numerus="yes">
        <source>%n statement(s) imported</source>
        <translation>
            <numerusform>%n statement imported</numerusform>
            <numerusform>%n statements imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched</source>
        <translation>
            <numerusform>%n matched</numerusform>
            <numerusform>%n matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statement %1 imported: %n entry(ies) in payment journal %2.</source>
        <translation>
            <numerusform>Statement %1 imported: %n entry in payment journal %2.</numerusform>
            <numerusform>Statement %1 imported: %n entries in payment journal %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>%n to review.</numerusform>
            <numerusform>%n to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post the %n payment(s) of statement %1 (payment journal %2)?</source>
        <translation>
            <numerusform>Post the %n payment of statement %1 (payment journal %2)?</numerusform>
            <numerusform>Post the %n payments of statement %1 (payment journal %2)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) without a customer stay on the statement and are not posted.</source>
        <translation>
            <numerusform>%n credit without a customer stays on the statement and is not posted.</numerusform>
            <numerusform>%n credits without a customer stay on the statement and are not posted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posting %n payment(s)...</source>
        <translation>
            <numerusform>Posting %n payment...</numerusform>
            <numerusform>Posting %n payments...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal posted: %n payment(s).</source>
        <translation>
            <numerusform>Journal posted: %n payment.</numerusform>
            <numerusform>Journal posted: %n payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillsOfExchangePage</name>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPaymentsPage</name>
    <message numerus="yes">
        <source>%n card payment(s)</source>
        <translation>
            <numerusform>%n card payment</numerusform>
            <numerusform>%n card payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aged balances as of %1, in %2: %3 overdue at %n customer(s); %4</source>
        <translation>
            <numerusform>Aged balances as of %1, in %2: %3 overdue at %n customer; %4</numerusform>
            <numerusform>Aged balances as of %1, in %2: %3 overdue at %n customers; %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsTableModel</name>
    <message numerus="yes">
        <source>%n item(s) held</source>
        <translation>
            <numerusform>%n item held</numerusform>
            <numerusform>%n items held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectDebitPage</name>
    <message numerus="yes">
        <source>Not collected (%n)</source>
        <translation>
            <numerusform>Not collected (%n)</numerusform>
            <numerusform>Not collected (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To be collected (%n)</source>
        <translation>
            <numerusform>To be collected (%n)</numerusform>
            <numerusform>To be collected (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pre-notification letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n pre-notification letter saved to %1.</numerusform>
            <numerusform>%n pre-notification letters saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collect %n invoice(s), %1 in all, on %2? The collections are posted as payments now.</source>
        <translation>
            <numerusform>Collect %n invoice, %1 in all, on %2? The collection is posted as a payment now.</numerusform>
            <numerusform>Collect %n invoices, %1 in all, on %2? The collections are posted as payments now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n collection(s), %2 in all, written to %3 (message id %4).</source>
        <translation>
            <numerusform>Run %1: %n collection, %2 in all, written to %3 (message id %4).</numerusform>
            <numerusform>Run %1: %n collections, %2 in all, written to %3 (message id %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) undone, their invoices open again.</source>
        <translation>
            <numerusform>%n collection undone, its invoice open again.</numerusform>
            <numerusform>%n collections undone, their invoices open again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the books.</source>
        <translation>
            <numerusform>%n not found in the books.</numerusform>
            <numerusform>%n not found in the books.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentAuditDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeRatesPage</name>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n rate</numerusform>
            <numerusform>%n rates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterestNotesPage</name>
    <message numerus="yes">
        <source>%n interest note(s)</source>
        <translation>
            <numerusform>%n interest note</numerusform>
            <numerusform>%n interest notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message numerus="yes">
        <source>%n line(s) keep their sales tax code; new lines take %1, the code of %2.</source>
        <translation>
            <numerusform>%n line keeps its sales tax code; new lines take %1, the code of %2.</numerusform>
            <numerusform>%n lines keep their sales tax code; new lines take %1, the code of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This invoice charges no VAT on %n line(s) for a domestic customer.</source>
        <translation>
            <numerusform>This invoice charges no VAT on %n line for a domestic customer.</numerusform>
            <numerusform>This invoice charges no VAT on %n lines for a domestic customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicingPage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post %n invoice(s) for a total of %1?</source>
        <translation>
            <numerusform>Post %n invoice for a total of %1?</numerusform>
            <numerusform>Post %n invoices for a total of %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post the %n line(s) of payment journal %1?</source>
        <translation>
            <numerusform>Post the %n line of payment journal %1?</numerusform>
            <numerusform>Post the %n lines of payment journal %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posting %n line(s)...</source>
        <translation>
            <numerusform>Posting %n line...</numerusform>
            <numerusform>Posting %n lines...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal posted: %n payment(s), %1.</source>
        <translation>
            <numerusform>Journal posted: %n payment, %1.</numerusform>
            <numerusform>Journal posted: %n payments, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>Shown instead of the table when there are no rows (&quot;&quot; keeps the empty table): what to do next. Mark it QT_TRANSLATE_NOOP(&quot;ListPage&quot;, &quot;...&quot;); it is translated in that context when shown. (object: PySide6&apos;s stub types QT_TRANSLATE_NOOP as returning object; it returns the text, a str.)</extracomment>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MandatesPage</name>
    <message numerus="yes">
        <source>%n mandate(s)</source>
        <translation>
            <numerusform>%n mandate</numerusform>
            <numerusform>%n mandates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message numerus="yes">
        <source>%n journal(s)</source>
        <translation>
            <numerusform>%n journal</numerusform>
            <numerusform>%n journals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deposit slip %1 with %n payment(s).</source>
        <translation>
            <numerusform>Deposit slip %1 with %n payment.</numerusform>
            <numerusform>Deposit slip %1 with %n payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodClosePage</name>
    <message numerus="yes">
        <source>%n receivable account(s) differ from the general ledger, by %1 in all. Resolve the difference before the close.</source>
        <translation>
            <numerusform>%n receivable account differs from the general ledger, by %1. Resolve the difference before the close.</numerusform>
            <numerusform>%n receivable accounts differ from the general ledger, by %1 in all. Resolve the difference before the close.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft invoice(s) or credit note(s) dated on or before %1.</source>
        <translation>
            <numerusform>%n draft invoice or credit note dated on or before %1.</numerusform>
            <numerusform>%n draft invoices or credit notes dated on or before %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packing slip(s) delivered by %1 still waiting for an invoice.</source>
        <translation>
            <numerusform>%n packing slip delivered by %1 still waiting for an invoice.</numerusform>
            <numerusform>%n packing slips delivered by %1 still waiting for an invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring invoice(s) due by %1 not yet made.</source>
        <translation>
            <numerusform>%n recurring invoice due by %1 not yet made.</numerusform>
            <numerusform>%n recurring invoices due by %1 not yet made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unposted payment journal(s) with payments dated on or before %1.</source>
        <translation>
            <numerusform>%n unposted payment journal with payments dated on or before %1.</numerusform>
            <numerusform>%n unposted payment journals with payments dated on or before %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection letter(s) or interest note(s) to create or post as of %1.</source>
        <translation>
            <numerusform>%n collection letter or interest note to create or post as of %1.</numerusform>
            <numerusform>%n collection letters or interest notes to create or post as of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still open: resolve them, or let them pass with a reason.</source>
        <translation>
            <numerusform>%n line still open: resolve it, or let it pass with a reason.</numerusform>
            <numerusform>%n lines still open: resolve them, or let them pass with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundsPage</name>
    <message numerus="yes">
        <source>Post a refund to %n customer(s), %1 in all, dated %2 and paid from %3?</source>
        <translation>
            <numerusform>Post a refund to %n customer, %1 in all, dated %2 and paid from %3?</numerusform>
            <numerusform>Post a refund to %n customers, %1 in all, dated %2 and paid from %3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) posted.</source>
        <translation>
            <numerusform>%n refund posted.</numerusform>
            <numerusform>%n refunds posted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n refund(s), %1 in all, to %2 for execution on %3 (message %4).</source>
        <translation>
            <numerusform>Wrote %n refund, %1 in all, to %2 for execution on %3 (message %4).</numerusform>
            <numerusform>Wrote %n refunds, %1 in all, to %2 for execution on %3 (message %4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message numerus="yes">
        <source>%n open, balance %1</source>
        <translation>
            <numerusform>%n open, balance %1</numerusform>
            <numerusform>%n open, balance %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) marked.</source>
        <translation>
            <numerusform>%n transaction marked.</numerusform>
            <numerusform>%n transactions marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) posted.</source>
        <translation>
            <numerusform>%n settlement posted.</numerusform>
            <numerusform>%n settlements posted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupListPage</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsView</name>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
</context>
</TS>
