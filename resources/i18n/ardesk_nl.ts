<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <extracomment>Column keys in display order; the first five can be sorted in SQL (services.customers.SORT_COLUMNS). Seconds the most recent page fetch took (shown by the 100,000-customer test).</extracomment>
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
        <translation>Bewerken</translation>
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
    <name>InvoicingPage</name>
    <message>
        <source>Invoicing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Posted free text invoices and credit notes</source>
        <translation>Geboekte vrije-tekstfacturen en creditnota&apos;s</translation>
    </message>
    <message>
        <source>Search number, account or name</source>
        <translation>Zoek op nummer, rekening of naam</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Alleen openstaand</translation>
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
        <source>Account</source>
        <translation>Rekening</translation>
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
        <translation>Openstaand saldo</translation>
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
        <source>Settled</source>
        <translation>Vereffend</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Partly settled</source>
        <translation>Deels vereffend</translation>
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
        <extracomment>(section, [(page key, label, page class)]); labels are translated in the &quot;Navigation&quot; context.</extracomment>
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
        <translation>Run terugkerende facturen</translation>
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
    <name>PaymentsPage</name>
    <message>
        <source>Payments and settlements</source>
        <translation>Betalingen en vereffeningen</translation>
    </message>
    <message>
        <source>Customer payments and what they settled</source>
        <translation>Klantbetalingen en wat ermee is vereffend</translation>
    </message>
    <message>
        <source>No customer payments have been posted yet.

Entering payments and settling them against invoices comes in a later release; posted payments will be listed here.</source>
        <translation>Er zijn nog geen klantbetalingen geboekt.

Betalingen invoeren en vereffenen met facturen komt in een volgende versie; geboekte betalingen verschijnen dan hier.</translation>
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
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Niet vereffend</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
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
</TS>
