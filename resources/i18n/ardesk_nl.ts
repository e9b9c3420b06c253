<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <source>no fee</source>
        <translation>geen kosten</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>Boekingsdatum</translation>
    </message>
    <message>
        <source>NSF fee</source>
        <translation>Kosten onvoldoende saldo</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>Current</source>
        <extracomment>Labels of the default aging definition (services.chart.DEFAULT_AGING), for the Dutch UI.</extracomment>
        <translation>Niet vervallen</translation>
    </message>
    <message>
        <source>Over 90</source>
        <translation>Meer dan 90</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The books were changed outside ardesk</source>
        <translation>De administratie is buiten ardesk gewijzigd</translation>
    </message>
    <message>
        <source>The books are in use</source>
        <translation>De administratie is in gebruik</translation>
    </message>
    <message>
        <source>The books could not be opened</source>
        <translation>De administratie kan niet worden geopend</translation>
    </message>
    <message>
        <source>ardesk could not open the books:</source>
        <translation>ardesk kan de administratie niet openen:</translation>
    </message>
    <message>
        <source>Creating the demo company...</source>
        <translation>Het demobedrijf wordt aangemaakt...</translation>
    </message>
</context>
<context>
    <name>CashDiscountsPage</name>
    <message>
        <source>Cash discounts</source>
        <translation>Contantkortingen</translation>
    </message>
    <message>
        <source>Discount for payment within a number of days</source>
        <translation>Korting bij betaling binnen een aantal dagen</translation>
    </message>
    <message>
        <source>%1 within %2 days</source>
        <translation>%1 binnen %2 dagen</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Contantkorting</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Discount account</source>
        <translation>Kortingsrekening</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <source>Credit and collections</source>
        <translation>Krediet en incasso</translation>
    </message>
    <message>
        <source>Overdue transactions</source>
        <translation>Vervallen transacties</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen vervallen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Aged balances as of %1, in %2</source>
        <translation>Vervallen saldi per %1, in %2</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Totaal openstaand</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue transaction(s)</source>
        <translation>
            <numerusform>%n vervallen transactie</numerusform>
            <numerusform>%n vervallen transacties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCombo</name>
    <message>
        <source>Account or name</source>
        <extracomment>Date entry per UI language, matching ardesk.i18n.format_date (a four-digit year).
----------
Qt date formats per Babel locale, matching ardesk.i18n.format_date.</extracomment>
        <translation>Rekening of naam</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Customer %1 - %2</source>
        <translation>Klant %1 - %2</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>(from the customer group)</source>
        <translation>(van de klantgroep)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Contantkorting</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
</context>
<context>
    <name>CustomerGroupDialog</name>
    <message>
        <source>New customer group</source>
        <translation>Nieuwe klantgroep</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
</context>
<context>
    <name>CustomerGroupsPage</name>
    <message>
        <source>Customer groups</source>
        <translation>Klantgroepen</translation>
    </message>
    <message>
        <source>Customers that share terms of payment and posting</source>
        <translation>Klanten met dezelfde betalingsvoorwaarden en boekingen</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Account</source>
        <extracomment>Column keys in display order; the first five can be sorted in SQL (Company.customer_ids). Seconds the most recent page fetch took (shown by the 100,000-customer test).</extracomment>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>All customers of %1</source>
        <translation>Alle klanten van %1</translation>
    </message>
    <message>
        <source>Search account or name</source>
        <translation>Zoek op rekening of naam</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Loading customers...</source>
        <translation>Klanten laden...</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>(none)</source>
        <extracomment>The invoice a credit note credits: kept when a credit-note draft is changed.</extracomment>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Why the invoice is credited or corrected</source>
        <translation>Waarom de factuur wordt gecrediteerd of gecorrigeerd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Contantkorting</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Tab or Enter: next cell.  Enter on the last cell: new line.  Ctrl+S: save draft.  Ctrl+Enter: post.</source>
        <translation>Tab of Enter: volgende cel.  Enter in laatste cel: nieuwe regel.  Ctrl+S: opslaan.  Ctrl+Enter: boeken.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Post correction</source>
        <translation>Correctie boeken</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Correct invoice %1</source>
        <translation>Factuur %1 corrigeren</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Creditnota voor factuur %1</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Conceptcreditnota</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Conceptfactuur</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <source>Corrected invoice (replaces %1)</source>
        <translation>Gecorrigeerde factuur (vervangt %1)</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Creditnota voor %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Uw wijzigingen verwerpen?</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vervalt %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 over %3</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation>kies een klant uit de lijst</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>eenheidsprijs</translation>
    </message>
    <message>
        <source>account</source>
        <translation>rekening</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>btw</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Regel %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <source>Description</source>
        <extracomment>Column keys in display order; the API names of the line fields (lines[2].unit_price).</extracomment>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <extracomment>Column keys in display order.</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Cancelling invoice</source>
        <translation>Annuleringsfactuur</translation>
    </message>
    <message>
        <source>Corrected invoice</source>
        <translation>Gecorrigeerde factuur</translation>
    </message>
    <message>
        <source>Recurring invoice run %1</source>
        <translation>Run periodieke facturen %1</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Concept %1</translation>
    </message>
</context>
<context>
    <name>InvoicingPage</name>
    <message>
        <source>Invoicing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Search number, account or name</source>
        <translation>Zoek op nummer, rekening of naam</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Vereffend</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Free text invoices and credit notes: drafts, posted, open and overdue</source>
        <translation>Vrije-tekstfacturen en creditnota&apos;s: concepten, geboekt, openstaand en vervallen</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Save PDF...</source>
        <translation>PDF opslaan...</translation>
    </message>
    <message>
        <source>Recurring invoices...</source>
        <translation>Periodieke facturen...</translation>
    </message>
    <message>
        <source>Post the selected drafts</source>
        <translation>De geselecteerde concepten boeken</translation>
    </message>
    <message>
        <source>Delete the selected drafts</source>
        <translation>De geselecteerde concepten verwijderen</translation>
    </message>
    <message>
        <source>Credit the selected invoice</source>
        <translation>De geselecteerde factuur crediteren</translation>
    </message>
    <message>
        <source>Cancel the selected invoice and post a corrected one</source>
        <translation>De geselecteerde factuur annuleren en een gecorrigeerde factuur boeken</translation>
    </message>
    <message>
        <source>Draft every recurring invoice that is due</source>
        <translation>Een concept maken van elke periodieke factuur die aan de beurt is</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open the PDF (Ctrl+P)</source>
        <translation>De PDF openen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Loading invoices...</source>
        <translation>Facturen laden...</translation>
    </message>
    <message>
        <source>Total %1 %2    Open %1 %3</source>
        <translation>Totaal %1 %2    Openstaand %1 %3</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Partly settled</source>
        <translation>Deels vereffend</translation>
    </message>
    <message>
        <source>Post (%1)</source>
        <translation>Boeken (%1)</translation>
    </message>
    <message>
        <source>Posted %1.</source>
        <translation>%1 geboekt.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Concept opgeslagen.</translation>
    </message>
    <message>
        <source>Delete the selected drafts (%1)? This cannot be undone.</source>
        <translation>De geselecteerde concepten (%1) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete drafts</source>
        <translation>Concepten verwijderen</translation>
    </message>
    <message>
        <source>Drafts deleted: %1.</source>
        <translation>Concepten verwijderd: %1.</translation>
    </message>
    <message>
        <source>Post drafts</source>
        <translation>Concepten boeken</translation>
    </message>
    <message>
        <source>Posting drafts (%1)...</source>
        <translation>Concepten boeken (%1)...</translation>
    </message>
    <message>
        <source>Documents posted: %1.</source>
        <translation>Documenten geboekt: %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>Drafts not posted: %1</source>
        <translation>Niet geboekte concepten: %1</translation>
    </message>
    <message>
        <source>Posted with a warning:</source>
        <translation>Geboekt met een waarschuwing:</translation>
    </message>
    <message>
        <source>The run stopped early; the remaining drafts are still drafts.</source>
        <translation>De run is voortijdig gestopt; de overige concepten zijn nog steeds concepten.</translation>
    </message>
    <message>
        <source>Generate recurring invoices</source>
        <translation>Periodieke facturen genereren</translation>
    </message>
    <message>
        <source>Draft every recurring invoice due up to this date.</source>
        <translation>Maak een concept van elke periodieke factuur die tot en met deze datum aan de beurt is.</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Recurring invoices</source>
        <translation>Periodieke facturen</translation>
    </message>
    <message>
        <source>Drafting the recurring invoices due up to %1...</source>
        <translation>Concepten maken van de periodieke facturen tot en met %1...</translation>
    </message>
    <message>
        <source>Recurring drafts created: %1 (run %2).</source>
        <translation>Periodieke concepten aangemaakt: %1 (run %2).</translation>
    </message>
    <message>
        <source>Cancelled: the drafts made so far are kept; run it again for the rest.</source>
        <translation>Geannuleerd: de tot nu toe gemaakte concepten blijven bewaard; start de run opnieuw voor de rest.</translation>
    </message>
    <message>
        <source>Printing %1...</source>
        <translation>%1 afdrukken...</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Save the PDFs in</source>
        <translation>PDF&apos;s opslaan in</translation>
    </message>
    <message>
        <source>Save PDFs</source>
        <translation>PDF&apos;s opslaan</translation>
    </message>
    <message>
        <source>Printing %1 documents...</source>
        <translation>%1 documenten afdrukken...</translation>
    </message>
    <message>
        <source>Saved %1 PDFs in %2.</source>
        <translation>%1 PDF&apos;s opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Add line</source>
        <extracomment>Journals with more lines than this post in the background behind a busy bar. Confirms posting; tests replace it.</extracomment>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Settle transactions...</source>
        <translation>Transacties vereffenen...</translation>
    </message>
    <message>
        <source>Mark the invoices this payment settles, then add it as a line</source>
        <translation>Markeer de facturen die deze betaling vereffent en voeg haar daarna toe als regel</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Post journal</source>
        <translation>Journaal boeken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Vooruitbetaling</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Payment journal %1</source>
        <translation>Betalingsjournaal %1</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>Line %1 added.</source>
        <translation>Regel %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Line %1 removed; its marks are released.</source>
        <translation>Regel %1 verwijderd; de markeringen ervan zijn vrijgegeven.</translation>
    </message>
    <message numerus="yes">
        <source>Post the %n line(s) of payment journal %1?</source>
        <translation>
            <numerusform>%n regel van betalingsjournaal %1 boeken?</numerusform>
            <numerusform>%n regels van betalingsjournaal %1 boeken?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posting %n line(s)...</source>
        <translation>
            <numerusform>%n regel wordt geboekt...</numerusform>
            <numerusform>%n regels worden geboekt...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal posted: %n payment(s), %1.</source>
        <translation>
            <numerusform>Journaal geboekt: %n betaling, %1.</numerusform>
            <numerusform>Journaal geboekt: %n betalingen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Regel %1 (%2): %3</translation>
    </message>
    <message>
        <source>Nothing was posted. %1</source>
        <translation>Er is niets geboekt. %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>Shown instead of the table when there are no rows (&quot;&quot; keeps the empty table).</extracomment>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Company</source>
        <extracomment>Called with an exception a background job raised; the self-test replaces it.</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>%1 - Accounts receivable - ardesk</source>
        <translation>%1 - Klanten - ardesk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Bezig...</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
<context>
    <name>MethodsOfPaymentPage</name>
    <message>
        <source>Methods of payment</source>
        <translation>Betalingsmethoden</translation>
    </message>
    <message>
        <source>How customers pay, and the account that receives it</source>
        <translation>Hoe klanten betalen, en op welke rekening het binnenkomt</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Electronic payment</source>
        <translation>Elektronische betaling</translation>
    </message>
    <message>
        <source>Bill of exchange</source>
        <translation>Wissel</translation>
    </message>
    <message>
        <source>Method of payment</source>
        <translation>Betalingsmethode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Betalingstype</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Incasso</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Accounts receivable</source>
        <extracomment>(section, [(page key, label, page class)]); labels are translated in the &quot;Navigation&quot; context. (PySide6&apos;s stub types QT_TRANSLATE_NOOP as returning object; it returns the message, a str.)</extracomment>
        <translation>Werkruimten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Credit and collections</source>
        <translation>Krediet en incasso</translation>
    </message>
    <message>
        <source>Payments and settlements</source>
        <translation>Betalingen en vereffeningen</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Customer groups</source>
        <translation>Klantgroepen</translation>
    </message>
    <message>
        <source>Posting profiles</source>
        <translation>Boekingsprofielen</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Cash discounts</source>
        <translation>Contantkortingen</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Methods of payment</source>
        <translation>Betalingsmethoden</translation>
    </message>
    <message>
        <source>Number sequences</source>
        <translation>Nummerreeksen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <source>Create your company</source>
        <translation>Maak uw bedrijf aan</translation>
    </message>
    <message>
        <source>These books are empty. Enter the company whose customers you keep here; you can add more companies later.</source>
        <translation>Deze administratie is nog leeg. Vul het bedrijf in waarvan u hier de klanten bijhoudt; u kunt later meer bedrijven toevoegen.</translation>
    </message>
    <message>
        <source>for example ACME</source>
        <translation>bijvoorbeeld ACME</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Company code</source>
        <translation>Bedrijfscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>NumberSequence</name>
    <message>
        <source>Invoice number</source>
        <extracomment>Names of the number sequences every company gets (services.chart.DEFAULT_SEQUENCES), for the Dutch UI; a name not listed here shows as it is stored.</extracomment>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>Invoice voucher</source>
        <translation>Boekstuk factuur</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Creditnotanummer</translation>
    </message>
    <message>
        <source>Credit note voucher</source>
        <translation>Boekstuk creditnota</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>Boekstuk betaling</translation>
    </message>
    <message>
        <source>Cash discount voucher</source>
        <translation>Boekstuk contantkorting</translation>
    </message>
    <message>
        <source>Settlement voucher</source>
        <translation>Boekstuk vereffening</translation>
    </message>
    <message>
        <source>Interest note number</source>
        <translation>Rentenotanummer</translation>
    </message>
    <message>
        <source>Collection letter number</source>
        <translation>Aanmaningsnummer</translation>
    </message>
    <message>
        <source>General journal voucher</source>
        <translation>Memoriaalboekstuk</translation>
    </message>
    <message>
        <source>Direct debit mandate ID</source>
        <translation>Machtigingskenmerk incasso</translation>
    </message>
    <message>
        <source>Bill of exchange number</source>
        <translation>Wisselnummer</translation>
    </message>
    <message>
        <source>Sales order number</source>
        <translation>Verkoopordernummer</translation>
    </message>
    <message>
        <source>Packing slip number</source>
        <translation>Pakbonnummer</translation>
    </message>
    <message>
        <source>Recurring invoice run</source>
        <translation>Run periodieke facturen</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vereffening</translation>
    </message>
    <message>
        <source>Payment journal</source>
        <translation>Betalingsjournaal</translation>
    </message>
    <message>
        <source>Deposit slip</source>
        <translation>Stortingsbewijs</translation>
    </message>
    <message>
        <source>Settlement adjustment voucher</source>
        <translation>Boekstuk vereffeningscorrectie</translation>
    </message>
</context>
<context>
    <name>NumberSequencesPage</name>
    <message>
        <source>Number sequences</source>
        <translation>Nummerreeksen</translation>
    </message>
    <message>
        <source>Gap-free numbers for documents and vouchers</source>
        <translation>Doorlopende nummers voor documenten en boekstukken</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Voorvoegsel</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Volgend nummer</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <source>Open transactions</source>
        <translation>Openstaande transacties</translation>
    </message>
    <message>
        <source>Mark by priority</source>
        <translation>Markeren op prioriteit</translation>
    </message>
    <message>
        <source>Mark the open invoices in the order automatic settlement uses</source>
        <translation>De openstaande facturen markeren in de volgorde die automatische vereffening aanhoudt</translation>
    </message>
    <message>
        <source>Mark all</source>
        <translation>Alles markeren</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Markeringen wissen</translation>
    </message>
    <message>
        <source>Release journal mark...</source>
        <translation>Journaalmarkering vrijgeven...</translation>
    </message>
    <message>
        <source>Take the selected transaction off the unposted journal line that holds it, so it can be settled here</source>
        <translation>De geselecteerde transactie van de niet-geboekte journaalregel halen waarop ze gemarkeerd is, zodat ze hier vereffend kan worden</translation>
    </message>
</context>
<context>
    <name>OpenItemsTableModel</name>
    <message>
        <source>Mark</source>
        <extracomment>Marks, typed amounts or modes changed: the dialog previews again (debounced). A typed amount could not be read: the message for the dialog&apos;s banner.</extracomment>
        <translation>Markeren</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <source>Cash discount
date</source>
        <translation>Datum
contantkorting</translation>
    </message>
    <message>
        <source>Discount
available</source>
        <translation>Beschikbare
korting</translation>
    </message>
    <message>
        <source>Use cash
discount</source>
        <translation>Contantkorting
toepassen</translation>
    </message>
    <message>
        <source>Amount
to settle</source>
        <translation>Te vereffenen
bedrag</translation>
    </message>
    <message>
        <source>Discount
to take</source>
        <translation>Toe te passen
korting</translation>
    </message>
    <message>
        <source>Marked in
journal</source>
        <translation>Gemarkeerd
in journaal</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Vooruitbetaling</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Interest note</source>
        <translation>Rentenota</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Terugboeking</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Type the cash applied to this document; leave empty for all that is open net of the cash discount</source>
        <translation>Typ het ontvangen bedrag dat u aan dit document toewijst; laat leeg voor het volledige openstaande bedrag na aftrek van de contantkorting</translation>
    </message>
    <message>
        <source>The credit note&apos;s own cash discount: it refunds this much less, and the cash discount the customer took is given back</source>
        <translation>De eigen contantkorting van de creditnota: er wordt zoveel minder terugbetaald en de contantkorting die de klant nam, wordt teruggeboekt</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Accounts receivable parameters</source>
        <translation>Parameters van module Klanten</translation>
    </message>
    <message>
        <source>Defaults and rules for posting, settlement and collections</source>
        <translation>Standaardwaarden en regels voor boeken, vereffenen en incasso</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grootboek</translation>
    </message>
    <message>
        <source>Posting profile</source>
        <translation>Boekingsprofiel</translation>
    </message>
    <message>
        <source>Posting profile for prepayments</source>
        <translation>Boekingsprofiel voor vooruitbetalingen</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vereffening</translation>
    </message>
    <message>
        <source>Automatic settlement</source>
        <translation>Automatische vereffening</translation>
    </message>
    <message>
        <source>Prioritize settlement</source>
        <translation>Vereffening prioriteren</translation>
    </message>
    <message>
        <source>Settlement priority (transaction types)</source>
        <translation>Vereffeningsprioriteit (transactiesoorten)</translation>
    </message>
    <message>
        <source>Cash discount administration</source>
        <translation>Beheer van contantkorting</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specifiek</translation>
    </message>
    <message>
        <source>Unspecific</source>
        <translation>Niet-specifiek</translation>
    </message>
    <message>
        <source>Calculate cash discounts for partial payments</source>
        <translation>Contantkorting berekenen voor deelbetalingen</translation>
    </message>
    <message>
        <source>Calculate cash discounts for credit notes</source>
        <translation>Contantkorting berekenen voor creditnota&apos;s</translation>
    </message>
    <message>
        <source>Maximum penny difference</source>
        <translation>Maximaal afrondingsverschil</translation>
    </message>
    <message>
        <source>Maximum overpayment or underpayment</source>
        <translation>Maximale over- of onderbetaling</translation>
    </message>
    <message>
        <source>Credit and collections</source>
        <translation>Krediet en incasso</translation>
    </message>
    <message>
        <source>Credit limit check</source>
        <translation>Kredietlimietcontrole</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Collection letters per</source>
        <translation>Aanmaningen per</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Minimum reimbursement</source>
        <translation>Minimale terugbetaling</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Stop posting free text invoices at the first error</source>
        <translation>Boeken van vrije-tekstfacturen stoppen bij de eerste fout</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>SEPA-incasso</translation>
    </message>
    <message>
        <source>Creditor identifier</source>
        <translation>Incassant-ID</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Niets om op te slaan.</translation>
    </message>
    <message>
        <source>Parameters saved.</source>
        <translation>Parameters opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>cheque number, bank statement line...</source>
        <extracomment>The API&apos;s names of the fields on this form (ValidationError.field).</extracomment>
        <translation>chequenummer, regel van het bankafschrift...</translation>
    </message>
    <message>
        <source>Prepayment (customer deposit, settled against an invoice later)</source>
        <translation>Vooruitbetaling (aanbetaling, later vereffend met een factuur)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <source>Method of payment</source>
        <translation>Betalingsmethode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments and settlements</source>
        <translation>Betalingen en vereffeningen</translation>
    </message>
    <message>
        <source>Payment journals, customer payments and what they settled</source>
        <translation>Betalingsjournalen, klantbetalingen en wat ermee is vereffend</translation>
    </message>
    <message>
        <source>Enter customer payment</source>
        <translation>Klantbetaling invoeren</translation>
    </message>
    <message>
        <source>Settle transactions</source>
        <translation>Transacties vereffenen</translation>
    </message>
    <message>
        <source>New payment journal</source>
        <translation>Nieuw betalingsjournaal</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Journaal openen</translation>
    </message>
    <message>
        <source>Show customer transactions</source>
        <translation>Klanttransacties tonen</translation>
    </message>
    <message>
        <source>Deposit slip...</source>
        <translation>Stortingsbewijs...</translation>
    </message>
    <message>
        <source>A deposit slip for the selected cheque payments (one bank account)</source>
        <translation>Een stortingsbewijs voor de geselecteerde chequebetalingen (één bankrekening)</translation>
    </message>
    <message>
        <source>Payment journals</source>
        <translation>Betalingsjournalen</translation>
    </message>
    <message>
        <source>Posted payments</source>
        <translation>Geboekte betalingen</translation>
    </message>
    <message>
        <source>Customer transactions</source>
        <translation>Klanttransacties</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Geboekt op</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Vooruitbetaling</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Boekstuk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <source>Customer payments %1</source>
        <translation>Klantbetalingen %1</translation>
    </message>
    <message numerus="yes">
        <source>Deposit slip %1 with %n payment(s).</source>
        <translation>
            <numerusform>Stortingsbewijs %1 met %n betaling.</numerusform>
            <numerusform>Stortingsbewijs %1 met %n betalingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Niet vereffend</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Loading payments...</source>
        <translation>Betalingen laden...</translation>
    </message>
    <message numerus="yes">
        <source>%n journal(s)</source>
        <translation>
            <numerusform>%n journaal</numerusform>
            <numerusform>%n journalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment journals yet: start one with New payment journal.</source>
        <translation>Nog geen betalingsjournalen: begin er een met Nieuw betalingsjournaal.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n betaling</numerusform>
            <numerusform>%n betalingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingProfilesPage</name>
    <message>
        <source>Posting profiles</source>
        <translation>Boekingsprofielen</translation>
    </message>
    <message>
        <source>Which summary account a customer transaction posts to</source>
        <translation>Naar welke totaalrekening een klanttransactie boekt</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Posting profile</source>
        <translation>Boekingsprofiel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Rekeningcode</translation>
    </message>
    <message>
        <source>Account/Group number</source>
        <translation>Rekening-/groepsnummer</translation>
    </message>
    <message>
        <source>Summary account</source>
        <translation>Totaalrekening</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Rekeningnaam</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>Stoppen na de huidige stap...</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Yes</source>
        <extracomment>Kinds whose cells are numbers: right-aligned. This column takes the width the others leave (names, descriptions).</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>SalesTaxPage</name>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Sales tax codes used on invoice lines</source>
        <translation>Btw-codes voor factuurregels</translation>
    </message>
    <message>
        <source>Sales tax code</source>
        <translation>Btw-code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Tax account</source>
        <translation>Btw-rekening</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle open transactions</source>
        <extracomment>A preview arrived (or failed); tests wait for it.</extracomment>
        <translation>Openstaande transacties vereffenen</translation>
    </message>
    <message>
        <source>Enter customer payment</source>
        <translation>Klantbetaling invoeren</translation>
    </message>
    <message>
        <source>the marked total</source>
        <extracomment>Asks Yes/No/Cancel; tests replace it. Returns a QMessageBox.StandardButton.</extracomment>
        <translation>het gemarkeerde totaal</translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation>Vereffeningsdatum</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betalingsdatum</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Vereffenen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Marked total</source>
        <translation>Gemarkeerd totaal</translation>
    </message>
    <message>
        <source>Cash discount to take</source>
        <translation>Toe te passen contantkorting</translation>
    </message>
    <message>
        <source>Amount to receive</source>
        <translation>Te ontvangen bedrag</translation>
    </message>
    <message>
        <source>New payment journal</source>
        <translation>Nieuw betalingsjournaal</translation>
    </message>
    <message>
        <source>Settle marked</source>
        <translation>Gemarkeerde posten vereffenen</translation>
    </message>
    <message>
        <source>Settle the marked open debits and credits against each other; no money is received</source>
        <translation>De gemarkeerde openstaande debet- en creditposten met elkaar vereffenen; er wordt geen geld ontvangen</translation>
    </message>
    <message>
        <source>Add to journal</source>
        <translation>Aan journaal toevoegen</translation>
    </message>
    <message>
        <source>Post payment</source>
        <translation>Betaling boeken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>Debits marked</source>
        <translation>Gemarkeerd debet</translation>
    </message>
    <message>
        <source>Credits marked</source>
        <translation>Gemarkeerd credit</translation>
    </message>
    <message numerus="yes">
        <source>%n open, balance %1</source>
        <translation>
            <numerusform>%n openstaand, saldo %1</numerusform>
            <numerusform>%n openstaand, saldo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the transaction to release first.</source>
        <translation>Selecteer eerst de transactie die u wilt vrijgeven.</translation>
    </message>
    <message>
        <source>Release journal mark</source>
        <translation>Journaalmarkering vrijgeven</translation>
    </message>
    <message>
        <source>%1 is marked on %2, which is not posted. Take it off that line? The line stays, without this mark.</source>
        <translation>%1 is gemarkeerd op %2, dat nog niet is geboekt. Van die regel halen? De regel blijft bestaan, zonder deze markering.</translation>
    </message>
    <message>
        <source>%1 released from %2.</source>
        <translation>%1 vrijgegeven van %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) marked.</source>
        <translation>
            <numerusform>%n transactie gemarkeerd.</numerusform>
            <numerusform>%n transacties gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the transactions this payment settles, or type an amount for an unapplied payment.</source>
        <translation>Vink de transacties aan die deze betaling vereffent, of typ een bedrag voor een niet-toegewezen betaling.</translation>
    </message>
    <message>
        <source>The amount received differs from the marked total by %1: a shortfall is spread oldest invoice first, an excess stays open as a credit on the customer unless it is within the tolerances.</source>
        <translation>Het ontvangen bedrag wijkt %1 af van het gemarkeerde totaal: een tekort wordt verdeeld vanaf de oudste factuur, een overschot blijft openstaan als tegoed van de klant, tenzij het binnen de toleranties valt.</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>Terug te betalen</translation>
    </message>
    <message>
        <source>Cash discount given back</source>
        <translation>Teruggeboekte contantkorting</translation>
    </message>
    <message>
        <source>Only credits are marked: settling %1 would refund %2 to the customer and give back %3 of cash discount.</source>
        <translation>Alleen creditposten zijn gemarkeerd: vereffenen van %1 betaalt de klant %2 terug en boekt %3 contantkorting terug.</translation>
    </message>
    <message>
        <source>Only credits are marked: settling %1 would refund %2 to the customer.</source>
        <translation>Alleen creditposten zijn gemarkeerd: vereffenen van %1 betaalt de klant %2 terug.</translation>
    </message>
    <message>
        <source>Nothing is posted from here: mark an invoice for the credits to settle against; a credit balance is paid back to the customer with a reimbursement.</source>
        <translation>Hier wordt niets geboekt: markeer een factuur om de creditposten mee te vereffenen; een tegoed van de klant wordt terugbetaald via Klanten terugbetalen.</translation>
    </message>
    <message>
        <source>Payment %1 of %2 posted for %3.</source>
        <translation>Betaling %1 van %2 geboekt voor %3.</translation>
    </message>
    <message>
        <source>Change the journal amount?</source>
        <translation>Journaalbedrag wijzigen?</translation>
    </message>
    <message>
        <source>The total of the marked transactions (%1) differs from the journal amount (%2). Change the journal amount to the marked total?</source>
        <translation>Het totaal van de gemarkeerde transacties (%1) wijkt af van het journaalbedrag (%2). Het journaalbedrag wijzigen in het gemarkeerde totaal?</translation>
    </message>
    <message>
        <source>Customer payments</source>
        <translation>Klantbetalingen</translation>
    </message>
    <message>
        <source>Line %1 added to payment journal %2.</source>
        <translation>Regel %1 toegevoegd aan betalingsjournaal %2.</translation>
    </message>
    <message>
        <source> (cash discount %1)</source>
        <translation> (contantkorting %1)</translation>
    </message>
    <message>
        <source>Settle without a payment?</source>
        <translation>Vereffenen zonder betaling?</translation>
    </message>
    <message>
        <source>Without a payment the marked debits and credits settle each other only up to the smaller side:
%1
The rest stays open. Settle them?</source>
        <translation>Zonder betaling vereffenen de gemarkeerde debet- en creditposten elkaar alleen tot de kleinste kant:
%1
De rest blijft openstaan. Vereffenen?</translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) posted.</source>
        <translation>
            <numerusform>%n vereffening geboekt.</numerusform>
            <numerusform>%n vereffeningen geboekt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupListPage</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>New terms of payment</source>
        <translation>Nieuwe betalingsvoorwaarde</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Due date = document date + months + days</source>
        <translation>Vervaldatum = documentdatum + maanden + dagen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Contant bij levering</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>TransactionsView</name>
    <message>
        <source>Open only</source>
        <extracomment>(title, text, with_fee) -&gt; (posting date, fee) or None when the user cancels.</extracomment>
        <translation>Alleen open</translation>
    </message>
    <message>
        <source>Reverse...</source>
        <translation>Terugboeken...</translation>
    </message>
    <message>
        <source>NSF...</source>
        <translation>Ongedekt...</translation>
    </message>
    <message>
        <source>A bounced payment: reverse it, reopen what it settled, charge a fee</source>
        <translation>Een geweigerde betaling: terugboeken, wat ermee is vereffend weer openzetten, kosten in rekening brengen</translation>
    </message>
    <message>
        <source>Unsettle...</source>
        <translation>Vereffening ongedaan maken...</translation>
    </message>
    <message>
        <source>Write off...</source>
        <translation>Afboeken...</translation>
    </message>
    <message>
        <source>Close the open balance of the selected transaction as a bad debt</source>
        <translation>Het openstaande saldo van de geselecteerde transactie afboeken als oninbaar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Vereffeningen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Vooruitbetaling</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Contantkorting</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Terugboeking</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Penny difference</source>
        <translation>Afrondingsverschil</translation>
    </message>
    <message>
        <source>Over/underpayment</source>
        <translation>Over-/onderbetaling</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Afboeking</translation>
    </message>
    <message>
        <source>Interest note</source>
        <translation>Rentenota</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <source>Discount taken</source>
        <translation>Toegepaste korting</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Settled with</source>
        <translation>Vereffend met</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Exchange result</source>
        <translation>Koersresultaat</translation>
    </message>
    <message>
        <source>Unsettled on</source>
        <translation>Ongedaan gemaakt op</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transactie</numerusform>
            <numerusform>%n transacties</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a customer to see their transactions and settlements.</source>
        <translation>Kies een klant voor de transacties en vereffeningen.</translation>
    </message>
    <message>
        <source>Settlements of %1</source>
        <translation>Vereffeningen van %1</translation>
    </message>
    <message>
        <source>Reverse the sales tax on the written-off part</source>
        <translation>De btw over het afgeboekte deel terugboeken</translation>
    </message>
    <message>
        <source>Write off %1</source>
        <translation>%1 afboeken</translation>
    </message>
    <message>
        <source>Write off the %1 still open on %2? It is posted to the write-off account and the transaction is closed.</source>
        <translation>Het openstaande bedrag van %1 op %2 afboeken? Het wordt geboekt op de afboekingsrekening en de transactie wordt gesloten.</translation>
    </message>
    <message>
        <source>%1 written off.</source>
        <translation>%1 afgeboekt.</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>%1 terugboeken</translation>
    </message>
    <message>
        <source>Post an exact reversal of %1 (%2)? What it settled is opened again.</source>
        <translation>Een exacte terugboeking van %1 (%2) boeken? Wat ermee is vereffend, komt weer open te staan.</translation>
    </message>
    <message>
        <source>%1 reversed.</source>
        <translation>%1 teruggeboekt.</translation>
    </message>
    <message>
        <source>Returned payment %1</source>
        <translation>Geweigerde betaling %1</translation>
    </message>
    <message>
        <source>Payment %1 of %2 bounced (NSF)? It is reversed, the invoices it paid are opened again and an optional fee is charged to the customer.</source>
        <translation>Is betaling %1 van %2 geweigerd wegens onvoldoende saldo? Ze wordt teruggeboekt, de facturen die ermee zijn betaald komen weer open te staan en eventuele kosten worden aan de klant in rekening gebracht.</translation>
    </message>
    <message>
        <source>Payment %1 returned as NSF.</source>
        <translation>Betaling %1 teruggeboekt wegens onvoldoende saldo.</translation>
    </message>
    <message>
        <source>Unsettle</source>
        <translation>Vereffening ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the settlement of %1 with %2 (and the rest of that settlement action)? Both become open again; cash discounts and differences are reversed.</source>
        <translation>De vereffening van %1 met %2 ongedaan maken (en de rest van die vereffening)? Beide komen weer open te staan; contantkortingen en verschillen worden teruggeboekt.</translation>
    </message>
    <message>
        <source>Settlement of %1 with %2 undone.</source>
        <translation>Vereffening van %1 met %2 ongedaan gemaakt.</translation>
    </message>
</context>
</TS>
