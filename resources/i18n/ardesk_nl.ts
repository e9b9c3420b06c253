<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nieuwe rekening</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Rekening %1 wijzigen</translation>
    </message>
    <message>
        <source>as in your bookkeeping program</source>
        <translation>zoals in uw boekhoudprogramma</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Rekeningnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>AccountRolesDialog</name>
    <message>
        <source>Accounts for automatic postings</source>
        <translation>Rekeningen voor automatische boekingen</translation>
    </message>
    <message>
        <source>Posting uses these accounts for the amounts it makes itself: discounts, differences, tax, fees.</source>
        <translation>Bij het boeken worden deze rekeningen gebruikt voor de bedragen die ardesk zelf maakt: kortingen, verschillen, btw, kosten.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Asset</source>
        <extracomment>Account kinds (models.company.ACCOUNT_KINDS) as the user reads them; translated in the &quot;Accounts&quot; context.</extracomment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigen vermogen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Opbrengsten</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <extracomment>The roles (services.chart.ROLES): what each posts automatically. Translated in the &quot;Accounts&quot; context.</extracomment>
        <translation>Debiteuren</translation>
    </message>
    <message>
        <source>Sales revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Sales tax payable</source>
        <translation>Af te dragen btw</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Betalingskorting</translation>
    </message>
    <message>
        <source>Overpayment and underpayment</source>
        <translation>Over- en onderbetaling</translation>
    </message>
    <message>
        <source>Penny differences</source>
        <translation>Afrondingsverschillen</translation>
    </message>
    <message>
        <source>Customer prepayments</source>
        <translation>Vooruitbetalingen van klanten</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Afboeking</translation>
    </message>
    <message>
        <source>Interest income</source>
        <translation>Renteopbrengsten</translation>
    </message>
    <message>
        <source>Fee income</source>
        <translation>Opbrengst aanmaningskosten</translation>
    </message>
    <message>
        <source>Due to group companies</source>
        <translation>Schulden aan groepsmaatschappijen</translation>
    </message>
    <message>
        <source>Due from group companies</source>
        <translation>Vorderingen op groepsmaatschappijen</translation>
    </message>
    <message>
        <source>Realized exchange gain</source>
        <translation>Gerealiseerde koerswinst</translation>
    </message>
    <message>
        <source>Realized exchange loss</source>
        <translation>Gerealiseerd koersverlies</translation>
    </message>
    <message>
        <source>Bills of exchange receivable</source>
        <translation>Te innen wissels</translation>
    </message>
    <message>
        <source>Bills remitted for collection</source>
        <translation>Wissels ter incasso</translation>
    </message>
    <message>
        <source>Bills remitted for discount</source>
        <translation>Wissels ter discontering</translation>
    </message>
    <message>
        <source>Protested bills of exchange</source>
        <translation>Geprotesteerde wissels</translation>
    </message>
    <message>
        <source>Liabilities for discounted bills</source>
        <translation>Schulden uit verdisconteerde wissels</translation>
    </message>
    <message>
        <source>Discount on bills of exchange</source>
        <translation>Discontokosten wissels</translation>
    </message>
    <message>
        <source>Card payments to receive</source>
        <translation>Te ontvangen kaartbetalingen</translation>
    </message>
    <message>
        <source>accounts for automatic postings</source>
        <extracomment>Where an account can be used (code_uses&apos; table names), as the user reads it.</extracomment>
        <translation>rekeningen voor automatische boekingen</translation>
    </message>
    <message>
        <source>postings</source>
        <translation>boekingen</translation>
    </message>
    <message>
        <source>methods of payment</source>
        <translation>betalingsmethoden</translation>
    </message>
    <message>
        <source>sales tax codes</source>
        <translation>btw-codes</translation>
    </message>
    <message>
        <source>posting profiles</source>
        <translation>boekingsprofielen</translation>
    </message>
    <message>
        <source>cash discounts</source>
        <translation>betalingskortingen</translation>
    </message>
    <message>
        <source>charge codes</source>
        <translation>toeslagcodes</translation>
    </message>
    <message>
        <source>interest codes</source>
        <translation>rentecodes</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Ledger accounts</source>
        <translation>Grootboekrekeningen</translation>
    </message>
    <message>
        <source>The general ledger accounts receivables post to, and which one each automatic posting uses</source>
        <translation>De grootboekrekeningen waarop de debiteurenadministratie boekt, en welke rekening elke automatische boeking gebruikt</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Accounts for automatic postings...</source>
        <translation>Rekeningen voor automatische boekingen...</translation>
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
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <source>Summary account</source>
        <translation>Verzamelrekening</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n rekening</numerusform>
            <numerusform>%n rekeningen</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Account %1 activated.</source>
        <translation>Rekening %1 geactiveerd.</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Rekening %1 gedeactiveerd.</translation>
    </message>
    <message>
        <source>Delete account %1 %2?</source>
        <translation>Rekening %1 %2 verwijderen?</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Rekening verwijderen</translation>
    </message>
    <message>
        <source>Account %1 is in use: %2. Deactivate it instead.</source>
        <translation>Rekening %1 is in gebruik: %2. Deactiveer de rekening in plaats daarvan.</translation>
    </message>
    <message>
        <source>Account not deleted</source>
        <translation>Rekening niet verwijderd</translation>
    </message>
    <message>
        <source>Account %1 deleted.</source>
        <translation>Rekening %1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>no fee</source>
        <extracomment>Qt date formats per Babel locale, matching ardesk.i18n.format_date.</extracomment>
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
    <name>ActivityDialog</name>
    <message>
        <source>Log activity for %1</source>
        <extracomment>Kinds of activity a bookkeeper logs by hand (hold, dispute of the whole customer and release have their own actions; services.activities.ACTIVITY_KINDS has them all).</extracomment>
        <translation>Activiteit vastleggen voor %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Betalingsbelofte</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Geschil</translation>
    </message>
    <message>
        <source>(the whole customer)</source>
        <translation>(de hele klant)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <source>the open balance</source>
        <translation>het openstaande saldo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Beloofde betaaldatum</translation>
    </message>
    <message>
        <source>Amount promised</source>
        <translation>Beloofd bedrag</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
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
    <name>AgingDefinitionDialog</name>
    <message>
        <source>New aging definition</source>
        <translation>Nieuwe ouderdomsperiodedefinitie</translation>
    </message>
    <message>
        <source>Aging definition %1</source>
        <translation>Ouderdomsperiodedefinitie %1</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Documentdatum</translation>
    </message>
    <message>
        <source>Use it when no definition is named</source>
        <translation>Gebruiken als er geen definitie is opgegeven</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Van dag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>T/m dag</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Age counts from</source>
        <translation>Ouderdom vanaf</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Days past the due date (or document date), both ends included; leave the first bucket&apos;s From and the last bucket&apos;s To empty. Each bucket starts the day after the previous one ends. Insert adds a bucket, Ctrl+Delete removes one.</source>
        <translation>Dagen na de vervaldatum (of documentdatum), beide grenzen inbegrepen; laat bij de eerste periode Van dag en bij de laatste periode T/m dag leeg. Elke periode begint op de dag na het einde van de vorige. Insert voegt een periode toe, Ctrl+Delete verwijdert er een.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Niet vervallen</translation>
    </message>
    <message>
        <source>Over 30</source>
        <translation>Meer dan 30</translation>
    </message>
</context>
<context>
    <name>AgingDefinitionsPage</name>
    <message>
        <source>Aging definitions</source>
        <translation>Ouderdomsperioden</translation>
    </message>
    <message>
        <source>The buckets of the aging of customer balances</source>
        <translation>De perioden van de ouderdomsanalyse van klantsaldi</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Als standaard instellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Documentdatum</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Age counts from</source>
        <translation>Ouderdom vanaf</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Delete aging definition</source>
        <translation>Ouderdomsperiodedefinitie verwijderen</translation>
    </message>
    <message>
        <source>Delete the aging definition %1?</source>
        <translation>Ouderdomsperiodedefinitie %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>AgingReportPage</name>
    <message>
        <source>Aging report</source>
        <translation>Ouderdomsanalyse</translation>
    </message>
    <message>
        <source>Each customer&apos;s open balance by age, in %1</source>
        <translation>Het openstaande saldo van elke klant naar ouderdom, in %1</translation>
    </message>
    <message>
        <source>Balances as of this date (Ctrl+D)</source>
        <translation>Saldi per deze datum (Ctrl+D)</translation>
    </message>
    <message>
        <source>The aging definition: its buckets are the columns</source>
        <translation>De ouderdomsperiodedefinitie: de perioden zijn de kolommen</translation>
    </message>
    <message>
        <source>Filter account or name (Ctrl+F)</source>
        <translation>Filter op rekening of naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exporteren...</translation>
    </message>
    <message>
        <source>Every customer of the report as a CSV file for Excel, or as an Excel workbook (Ctrl+E)</source>
        <translation>Elke klant van de analyse als CSV-bestand voor Excel, of als Excel-werkmap (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print PDF...</source>
        <translation>PDF afdrukken...</translation>
    </message>
    <message>
        <source>The aging report as a PDF (Ctrl+P)</source>
        <translation>De ouderdomsanalyse als PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Reading the aging report...</source>
        <translation>Ouderdomsanalyse lezen...</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (std.)</translation>
    </message>
    <message>
        <source>Aged by %1</source>
        <translation>Ouderdom vanaf %1</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <source>document date</source>
        <translation>documentdatum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Customers: %1 of %2</source>
        <translation>Klanten: %1 van %2</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Klanten: %1</translation>
    </message>
    <message>
        <source>Export the aging report as</source>
        <translation>Ouderdomsanalyse exporteren als</translation>
    </message>
    <message>
        <source>aging-%1.csv</source>
        <translation>ouderdomsanalyse-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the aging report as</source>
        <translation>Ouderdomsanalyse opslaan als</translation>
    </message>
    <message>
        <source>aging-report-%1.pdf</source>
        <translation>ouderdomsanalyse-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Customers exported: %2, to %1.</source>
        <translation>Klanten geëxporteerd: %2, naar %1.</translation>
    </message>
    <message>
        <source>Exporting the aging report...</source>
        <translation>Ouderdomsanalyse exporteren...</translation>
    </message>
    <message>
        <source>Saved the aging report in %1.</source>
        <translation>Ouderdomsanalyse opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Printing the aging report...</source>
        <translation>Ouderdomsanalyse afdrukken...</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Over the credit limit of %1</source>
        <translation>Boven de kredietlimiet van %1</translation>
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
    <name>AssignDialog</name>
    <message>
        <source>Bill %1 to a customer</source>
        <translation>%1 aan een klant factureren</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>dag(en)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>week/weken</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>maand(en)</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>every</source>
        <translation>om de</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>T/m</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>het sjabloon</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>de klant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>First invoice on</source>
        <translation>Eerste factuur op</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Daarna</translation>
    </message>
    <message>
        <source>At most (invoices)</source>
        <translation>Maximaal (facturen)</translation>
    </message>
    <message>
        <source>At most (amount incl. tax)</source>
        <translation>Maximaal (bedrag incl. btw)</translation>
    </message>
    <message>
        <source>Terms and discount from</source>
        <translation>Voorwaarden en korting van</translation>
    </message>
    <message>
        <source>choose a customer</source>
        <translation>kies een klant</translation>
    </message>
    <message>
        <source>Assign bank entry %1</source>
        <translation>Bankpost %1 toewijzen</translation>
    </message>
    <message>
        <source>Who paid %1?</source>
        <translation>Wie betaalde %1?</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Boekdatum</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Openstaande posten</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <source>Clear ticks</source>
        <translation>Vinkjes wissen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Choose the customer who paid</source>
        <translation>Kies de klant die betaalde</translation>
    </message>
    <message>
        <source>No open items: the payment stays on the customer&apos;s account</source>
        <translation>Geen openstaande posten: de betaling blijft op de rekening van de klant staan</translation>
    </message>
    <message numerus="yes">
        <source>Ticked: %n item(s), %1 to pay.</source>
        <translation>
            <numerusform>Aangevinkt: %n post, %1 te betalen.</numerusform>
            <numerusform>Aangevinkt: %n posten, %1 te betalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment pays them exactly.</source>
        <translation>De betaling betaalt ze precies.</translation>
    </message>
    <message>
        <source>%1 stays on the customer&apos;s account as a credit.</source>
        <translation>%1 blijft als creditsaldo op de rekening van de klant staan.</translation>
    </message>
    <message>
        <source>The payment is %1 short: the last item is paid in part.</source>
        <translation>De betaling komt %1 tekort: de laatste post wordt gedeeltelijk betaald.</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Kies de klant die betaalde.</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <source>Posted</source>
        <extracomment>The audit trail&apos;s actions (services.audit) in words, translated in the &quot;AuditTrailPage&quot; context.</extracomment>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Vereffend</translation>
    </message>
    <message>
        <source>Settlement undone</source>
        <translation>Vereffening ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>Maand afgesloten</translation>
    </message>
    <message>
        <source>Month reopened</source>
        <translation>Maand heropend</translation>
    </message>
    <message>
        <source>Month put on hold</source>
        <translation>Maand geblokkeerd</translation>
    </message>
    <message>
        <source>Month released</source>
        <translation>Maand vrijgegeven</translation>
    </message>
    <message>
        <source>Invoice</source>
        <extracomment>The kinds of voucher a posting names in its details, in words.</extracomment>
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
        <source>Reversal</source>
        <translation>Terugboeking</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
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
        <source>Collection fee</source>
        <translation>Aanmaningskosten</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>Kosten kwijtgescholden</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vereffening</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Memoriaal</translation>
    </message>
    <message>
        <source>Intercompany</source>
        <translation>Intercompany</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Who posted, settled, closed or reopened what, and when; the database refuses to change these rows. Newest first.</source>
        <translation>Wie wat heeft geboekt, vereffend, afgesloten of heropend, en wanneer; de database weigert deze regels te wijzigen. Nieuwste eerst.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>Show one kind of event only</source>
        <translation>Toon alleen één soort gebeurtenis</translation>
    </message>
    <message>
        <source>Document or voucher number</source>
        <translation>Document- of boekstuknummer</translation>
    </message>
    <message>
        <source>The exact number of a document or voucher, or a month end (2026-01-31)</source>
        <translation>Het precieze nummer van een document of boekstuk, of een maandeinde (2026-01-31)</translation>
    </message>
    <message>
        <source>Show at most this many of the newest events</source>
        <translation>Toon hoogstens zoveel van de nieuwste gebeurtenissen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>De audittrail opnieuw lezen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Hoogstens</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Boekstuk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programmaversie</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis</numerusform>
            <numerusform>%n gebeurtenissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorizeDialog</name>
    <message>
        <source>Authorize card payment</source>
        <translation>Kaartbetaling autoriseren</translation>
    </message>
    <message>
        <source>No invoice (payment on account)</source>
        <translation>Geen factuur (betaling op rekening)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>Name as printed on the card</source>
        <translation>Naam zoals op de kaart gedrukt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Vervaldatum (MM/JJ)</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Kaarthouder</translation>
    </message>
    <message>
        <source>Security code (CVV)</source>
        <translation>Beveiligingscode (CVV)</translation>
    </message>
    <message>
        <source>Method of payment</source>
        <translation>Betalingsmethode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The card number and security code go to the card processor only; ardesk keeps the last four digits.</source>
        <translation>Het kaartnummer en de beveiligingscode gaan alleen naar de kaartverwerker; ardesk bewaart de laatste vier cijfers.</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autoriseren</translation>
    </message>
    <message>
        <source>%1 (open %2)</source>
        <translation>%1 (openstaand %2)</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Kies een klant</translation>
    </message>
    <message>
        <source>Type the amount to authorize</source>
        <translation>Typ het te autoriseren bedrag</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>What the file dialogs offer for backups. Replaced in tests: (title, text) -&gt; whether the user confirms the restore. Replaced in tests: (title, text) -&gt; None, a message to the user.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Back up books...</source>
        <translation>Back-up maken...</translation>
    </message>
    <message>
        <source>Restore from backup...</source>
        <translation>Back-up terugzetten...</translation>
    </message>
    <message>
        <source>Books on a PostgreSQL server are backed up with the server&apos;s tools</source>
        <translation>Van een administratie op een PostgreSQL-server maakt u een back-up met de hulpmiddelen van de server</translation>
    </message>
    <message>
        <source>Back up the books to</source>
        <translation>Back-up van de administratie opslaan in</translation>
    </message>
    <message>
        <source>ardesk backups (*.db *.bak);;All files (*)</source>
        <translation>ardesk-back-ups (*.db *.bak);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backed up the books to %1.</source>
        <translation>Back-up van de administratie gemaakt in %1.</translation>
    </message>
    <message>
        <source>Back up books</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Back-up maken...</translation>
    </message>
    <message>
        <source>Restore the books from</source>
        <translation>Administratie terugzetten uit</translation>
    </message>
    <message>
        <source>Replace the books in %1 with the backup %2?

Everything entered since that backup was made is no longer in the books. The books as they are now are kept beside them as a copy.</source>
        <translation>De administratie in %1 vervangen door de back-up %2?

Alles wat sinds het maken van die back-up is ingevoerd, staat daarna niet meer in de administratie. De huidige administratie wordt ernaast als kopie bewaard.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Restoring the books...</source>
        <translation>Administratie terugzetten...</translation>
    </message>
    <message>
        <source>The books were restored from %1.</source>
        <translation>De administratie is teruggezet uit %1.</translation>
    </message>
    <message>
        <source>The books they replaced are kept in %1.</source>
        <translation>De vervangen administratie is bewaard in %1.</translation>
    </message>
</context>
<context>
    <name>BankEntries</name>
    <message>
        <source>Payment reference</source>
        <extracomment>The muted second line of a cell (an IBAN under a name). The entry&apos;s confidence 0-100 (the badge). The StatementEntry of the row. &quot;customer&quot; shows the customer with, below it, the invoices its journal line marks. Confidence at or above this (with a journal line) needs no review. Badge colours (background, text): sure, check, doubtful, nothing to do.</extracomment>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <source>Invoice number in the description</source>
        <translation>Factuurnummer in de omschrijving</translation>
    </message>
    <message>
        <source>Payer&apos;s IBAN and amount</source>
        <translation>IBAN en bedrag van de betaler</translation>
    </message>
    <message>
        <source>Payer&apos;s IBAN</source>
        <translation>IBAN van de betaler</translation>
    </message>
    <message>
        <source>Amount only</source>
        <translation>Alleen het bedrag</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Afschrijving</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Niet herkend</translation>
    </message>
    <message>
        <source>Assigned by hand</source>
        <translation>Met de hand toegewezen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
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
        <source>Counterparty</source>
        <translation>Tegenpartij</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Customer and invoices</source>
        <translation>Klant en facturen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Betaling %1</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Op rekening</translation>
    </message>
    <message>
        <source>Not in the journal</source>
        <translation>Niet in het journaal</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Journal line %1</source>
        <translation>Journaalregel %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 100: %2</source>
        <translation>Zekerheid %1 van 100: %2</translation>
    </message>
</context>
<context>
    <name>BankStatementsPage</name>
    <message>
        <source>Bank statements</source>
        <extracomment>The review filters: every entry, those to look at, those the matcher was sure of. The widest the two-line columns get, so that the table fits the default window without scrolling.</extracomment>
        <translation>Bankafschriften</translation>
    </message>
    <message>
        <source>Import the bank&apos;s statement file, check what each payment was matched to, and post it</source>
        <translation>Lees het afschriftbestand van de bank in, controleer waaraan elke betaling is gekoppeld en boek het</translation>
    </message>
    <message>
        <source>Import statement...</source>
        <extracomment>Asks for the file to import (tests replace it). Confirms posting (tests replace it).</extracomment>
        <translation>Afschrift inlezen...</translation>
    </message>
    <message>
        <source>A CAMT.053 (.xml) or MT940 (.sta, .940) file from your bank</source>
        <translation>Een CAMT.053-bestand (.xml) of MT940-bestand (.sta, .940) van uw bank</translation>
    </message>
    <message>
        <source>Assign...</source>
        <translation>Toewijzen...</translation>
    </message>
    <message>
        <source>Choose the customer who paid this credit and the items it pays</source>
        <translation>Kies de klant die deze bijschrijving betaalde en de posten die zij betaalt</translation>
    </message>
    <message>
        <source>Remove proposal</source>
        <translation>Voorstel verwijderen</translation>
    </message>
    <message>
        <source>Take this entry out of the payment journal</source>
        <translation>Deze post uit het betalingsjournaal halen</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Journaal openen</translation>
    </message>
    <message>
        <source>The statement&apos;s payment journal with all its lines</source>
        <translation>Het betalingsjournaal van het afschrift met al zijn regels</translation>
    </message>
    <message>
        <source>Post journal</source>
        <translation>Journaal boeken</translation>
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
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afschrift</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Payment journal</source>
        <translation>Betalingsjournaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Loading bank statements...</source>
        <translation>Bankafschriften laden...</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) imported</source>
        <translation>
            <numerusform>%n afschrift ingelezen</numerusform>
            <numerusform>%n afschriften ingelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>No statements imported yet.</source>
        <translation>Nog geen afschriften ingelezen.</translation>
    </message>
    <message>
        <source>Download the day&apos;s statement from your bank as CAMT.053 or MT940 and click Import statement. Payments are matched to open invoices; you check them and post.</source>
        <translation>Download het afschrift van de dag bij uw bank als CAMT.053 of MT940 en klik op Afschrift inlezen. Betalingen worden gekoppeld aan openstaande facturen; u controleert en boekt ze.</translation>
    </message>
    <message>
        <source>Open: to review and post</source>
        <translation>Open: te controleren en te boeken</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Afschrift %1</translation>
    </message>
    <message>
        <source>Payment journal %1</source>
        <translation>Betalingsjournaal %1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>Te controleren (%1)</translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation>Gekoppeld (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n matched</source>
        <translation>
            <numerusform>%n gekoppeld</numerusform>
            <numerusform>%n gekoppeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n te controleren</numerusform>
            <numerusform>%n te controleren</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Bij %1</translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation>Af %1</translation>
    </message>
    <message>
        <source>Balance: opening %1, closing %2</source>
        <translation>Saldo: begin %1, eind %2</translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation>Bankafschrift inlezen</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.940 *.txt);;All files (*)</source>
        <translation>Bankafschriften (*.xml *.sta *.940 *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 inlezen...</translation>
    </message>
    <message numerus="yes">
        <source>Statement %1 imported: %n entry(ies) in payment journal %2.</source>
        <translation>
            <numerusform>Afschrift %1 ingelezen: %n post in betalingsjournaal %2.</numerusform>
            <numerusform>Afschrift %1 ingelezen: %n posten in betalingsjournaal %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>%n te controleren.</numerusform>
            <numerusform>%n te controleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement was not imported: %1</source>
        <translation>Het afschrift is niet ingelezen: %1</translation>
    </message>
    <message>
        <source>Entry %1 was taken out of the journal.</source>
        <translation>Post %1 is uit het journaal gehaald.</translation>
    </message>
    <message numerus="yes">
        <source>Post the %n payment(s) of statement %1 (payment journal %2)?</source>
        <translation>
            <numerusform>De %n betaling van afschrift %1 (betalingsjournaal %2) boeken?</numerusform>
            <numerusform>De %n betalingen van afschrift %1 (betalingsjournaal %2) boeken?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) without a customer stay on the statement and are not posted.</source>
        <translation>
            <numerusform>%n bijschrijving zonder klant blijft op het afschrift en wordt niet geboekt.</numerusform>
            <numerusform>%n bijschrijvingen zonder klant blijven op het afschrift en worden niet geboekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posting %n payment(s)...</source>
        <translation>
            <numerusform>%n betaling boeken...</numerusform>
            <numerusform>%n betalingen boeken...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal posted: %n payment(s).</source>
        <translation>
            <numerusform>Journaal geboekt: %n betaling.</numerusform>
            <numerusform>Journaal geboekt: %n betalingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was posted. %1</source>
        <translation>Er is niets geboekt. %1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Print statements</source>
        <translation>Rekeningoverzichten afdrukken</translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation>&amp;Alle klanten</translation>
    </message>
    <message>
        <source>Customer &amp;group</source>
        <translation>Klant&amp;groep</translation>
    </message>
    <message>
        <source>&amp;Selected customers</source>
        <translation>Ge&amp;selecteerde klanten</translation>
    </message>
    <message>
        <source>Type an account or part of a name; Enter chooses it, Enter again adds it</source>
        <translation>Typ een rekening of een deel van een naam; Enter kiest de klant, nog eens Enter voegt hem toe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Only customers with a balance on the end date</source>
        <translation>Alleen klanten met een saldo op de einddatum</translation>
    </message>
    <message>
        <source>Off: also customers with a movement in the period</source>
        <translation>Uit: ook klanten met een mutatie in de periode</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>One PDF per customer, in a &amp;folder</source>
        <translation>Eén PDF per klant, in een &amp;map</translation>
    </message>
    <message>
        <source>One &amp;combined PDF file</source>
        <translation>Eén ge&amp;combineerd PDF-bestand</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>De begindatum ligt na de einddatum.</translation>
    </message>
    <message>
        <source>Add at least one customer.</source>
        <translation>Voeg ten minste één klant toe.</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>Stopped early; the remaining documents were left as they were.</source>
        <extracomment>(numbers done, (number, message) of those that failed, stopped early)</extracomment>
        <translation>Voortijdig gestopt; de overige documenten zijn ongewijzigd gebleven.</translation>
    </message>
</context>
<context>
    <name>BillsOfExchangePage</name>
    <message>
        <source>Bills of exchange</source>
        <translation>Wissels</translation>
    </message>
    <message>
        <source>Draw bills for open invoices, remit them to the bank and record whether they were honoured.</source>
        <translation>Trek wissels voor openstaande facturen, remitteer ze aan de bank en leg vast of ze zijn betaald.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Getrokken</translation>
    </message>
    <message>
        <source>Remitted</source>
        <translation>Geremitteerd</translation>
    </message>
    <message>
        <source>Honoured</source>
        <translation>Afgerekend</translation>
    </message>
    <message>
        <source>Protested</source>
        <translation>Geprotesteerd</translation>
    </message>
    <message>
        <source>Redrawn</source>
        <translation>Hertrokken</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Draw...</source>
        <translation>Trekken...</translation>
    </message>
    <message>
        <source>Remit...</source>
        <translation>Remitteren...</translation>
    </message>
    <message>
        <source>Settle...</source>
        <translation>Afrekenen...</translation>
    </message>
    <message>
        <source>Protest...</source>
        <translation>Protesteren...</translation>
    </message>
    <message>
        <source>Redraw...</source>
        <translation>Hertrekken...</translation>
    </message>
    <message>
        <source>Close...</source>
        <translation>Sluiten...</translation>
    </message>
    <message>
        <source>Remitted for discount</source>
        <translation>Geremitteerd ter discontering</translation>
    </message>
    <message>
        <source>Remitted for collection</source>
        <translation>Geremitteerd ter incasso</translation>
    </message>
    <message>
        <source>Closed: written off</source>
        <translation>Gesloten: afgeboekt</translation>
    </message>
    <message>
        <source>Closed: invoice back</source>
        <translation>Gesloten: factuur terug</translation>
    </message>
    <message>
        <source>Redrawn as %1</source>
        <translation>Hertrokken als %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
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
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Getrokken op</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Boekstuk</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n wissel</numerusform>
            <numerusform>%n wissels</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no open invoices to draw a bill for.</source>
        <translation>Er zijn geen openstaande facturen om een wissel voor te trekken.</translation>
    </message>
    <message>
        <source>Drawn: %1.</source>
        <translation>Getrokken: %1.</translation>
    </message>
    <message>
        <source>Remitted to the bank: %1.</source>
        <translation>Aan de bank geremitteerd: %1.</translation>
    </message>
    <message>
        <source>Settle bills of exchange</source>
        <translation>Wissels afrekenen</translation>
    </message>
    <message>
        <source>The bank honoured %1: the bills are settled.</source>
        <translation>De bank heeft %1 geïnd: de wissels zijn afgerekend.</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Afrekenen</translation>
    </message>
    <message>
        <source>Settled: %1.</source>
        <translation>Afgerekend: %1.</translation>
    </message>
    <message>
        <source>The customer did not pay %1 at maturity.</source>
        <translation>De klant heeft %1 op de vervaldag niet betaald.</translation>
    </message>
    <message>
        <source>The bank takes back what it advanced.</source>
        <translation>De bank neemt terug wat zij heeft voorgeschoten.</translation>
    </message>
    <message>
        <source>Protest bill of exchange %1</source>
        <translation>Wissel %1 protesteren</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Protesteren</translation>
    </message>
    <message>
        <source>%1 protested.</source>
        <translation>%1 geprotesteerd.</translation>
    </message>
    <message>
        <source>Redraw bill of exchange %1</source>
        <translation>Wissel %1 hertrekken</translation>
    </message>
    <message>
        <source>A new bill is drawn on the customer for the protested one.</source>
        <translation>Voor de geprotesteerde wissel wordt een nieuwe wissel op de klant getrokken.</translation>
    </message>
    <message>
        <source>Redraw</source>
        <translation>Hertrekken</translation>
    </message>
    <message>
        <source>%1 redrawn as %2.</source>
        <translation>%1 hertrokken als %2.</translation>
    </message>
    <message>
        <source>Close protested bill %1</source>
        <translation>Geprotesteerde wissel %1 sluiten</translation>
    </message>
    <message>
        <source>Invoice back: the invoice is open on the customer&apos;s account again.</source>
        <translation>Factuur terug: de factuur staat weer open op de rekening van de klant.</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Wissel sluiten</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 gesloten.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture card payment %1</source>
        <translation>Kaartbetaling %1 afschrijven</translation>
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
        <source>%1 %2 of %3, authorized %4: capturing posts the payment.</source>
        <translation>%1 %2 van %3, geautoriseerd %4: bij het afschrijven wordt de betaling geboekt.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Afschrijven</translation>
    </message>
</context>
<context>
    <name>CardPaymentsPage</name>
    <message>
        <source>Card payments</source>
        <translation>Kaartbetalingen</translation>
    </message>
    <message>
        <source>Authorize a customer&apos;s card, then capture the payment (it settles the invoice) or void it.</source>
        <translation>Autoriseer de kaart van een klant en schrijf de betaling daarna af (die vereffent de factuur) of annuleer haar.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Geautoriseerd</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Afgeschreven</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Authorize...</source>
        <translation>Autoriseren...</translation>
    </message>
    <message>
        <source>Capture...</source>
        <translation>Afschrijven...</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Annuleren...</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>Captured in part: %1</source>
        <translation>Gedeeltelijk afgeschreven: %1</translation>
    </message>
    <message>
        <source>card declined</source>
        <translation>kaart geweigerd</translation>
    </message>
    <message>
        <source>insufficient funds</source>
        <translation>onvoldoende saldo</translation>
    </message>
    <message>
        <source>card reported lost</source>
        <translation>kaart als verloren gemeld</translation>
    </message>
    <message>
        <source>card reported stolen</source>
        <translation>kaart als gestolen gemeld</translation>
    </message>
    <message>
        <source>amount above the limit</source>
        <translation>bedrag boven de limiet</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
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
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s)</source>
        <translation>
            <numerusform>%n kaartbetaling</numerusform>
            <numerusform>%n kaartbetalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the card %2 was declined (%3).</source>
        <translation>%1: de kaart %2 is geweigerd (%3).</translation>
    </message>
    <message>
        <source>%1: %2 authorized; capture it to post the payment.</source>
        <translation>%1: %2 geautoriseerd; schrijf het bedrag af om de betaling te boeken.</translation>
    </message>
    <message>
        <source>%1 captured: payment %2 posted.</source>
        <translation>%1 afgeschreven: betaling %2 geboekt.</translation>
    </message>
    <message>
        <source>%1 voided; the card is not charged.</source>
        <translation>%1 geannuleerd; de kaart wordt niet belast.</translation>
    </message>
</context>
<context>
    <name>CashDiscountDialog</name>
    <message>
        <source>New cash discount</source>
        <translation>Nieuwe betalingskorting</translation>
    </message>
    <message>
        <source>Cash discount %1</source>
        <translation>Betalingskorting %1</translation>
    </message>
    <message>
        <source>for example 2 % within 8 days</source>
        <translation>bijvoorbeeld 2 % binnen 8 dagen</translation>
    </message>
    <message>
        <source>(the cash discount account)</source>
        <translation>(de rekening voor betalingskorting)</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Betalingskorting</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Discount account</source>
        <translation>Kortingsrekening</translation>
    </message>
    <message>
        <source>Within days</source>
        <translation>Binnen dagen</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Korting %</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Periode toevoegen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Periode verwijderen</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>A payment within the days of a period gets its discount; list the periods by days, shortest first.</source>
        <translation>Een betaling binnen het aantal dagen van een periode krijgt de korting van die periode; zet de perioden op volgorde van dagen, de kortste eerst.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
</context>
<context>
    <name>CashDiscountsPage</name>
    <message>
        <source>Cash discounts</source>
        <translation>Betalingskortingen</translation>
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
        <translation>Betalingskorting</translation>
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
    <name>ChargeCodeDialog</name>
    <message>
        <source>New charge code</source>
        <translation>Nieuwe toeslagcode</translation>
    </message>
    <message>
        <source>Charge code %1</source>
        <translation>Toeslagcode %1</translation>
    </message>
    <message>
        <source>for example Freight</source>
        <translation>bijvoorbeeld Vracht</translation>
    </message>
    <message>
        <source>(the sales revenue account)</source>
        <translation>(de omzetrekening)</translation>
    </message>
    <message>
        <source>(no sales tax)</source>
        <translation>(geen btw)</translation>
    </message>
    <message>
        <source>Charge code</source>
        <translation>Toeslagcode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Revenue account</source>
        <translation>Omzetrekening</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
</context>
<context>
    <name>ChargeCodesPage</name>
    <message>
        <source>Charge codes</source>
        <translation>Toeslagcodes</translation>
    </message>
    <message>
        <source>Charges added to invoices, such as freight and packing</source>
        <translation>Toeslagen op facturen, zoals vracht en verpakking</translation>
    </message>
    <message>
        <source>Charge code</source>
        <translation>Toeslagcode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Revenue account</source>
        <translation>Opbrengstrekening</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>ChargesModel</name>
    <message>
        <source>Charge</source>
        <extracomment>Column keys of the charges grid; the API names of the charge fields (charges[0].amount).</extracomment>
        <translation>Toeslag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>enter the amount of the charge</source>
        <translation>vul het bedrag van de toeslag in</translation>
    </message>
    <message>
        <source>The charge code carries no sales tax</source>
        <translation>Over deze toeslagcode wordt geen btw berekend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Type a percentage, for example %1</source>
        <translation>Typ een percentage, bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>%1 is not a percentage; type it like %2</source>
        <translation>%1 is geen percentage; typ het als %2</translation>
    </message>
</context>
<context>
    <name>CollectionActions</name>
    <message>
        <source>Customer &amp;status</source>
        <translation>Klant&amp;status</translation>
    </message>
    <message>
        <source>Put on &amp;hold...</source>
        <translation>&amp;Blokkeren...</translation>
    </message>
    <message>
        <source>Put in &amp;dispute...</source>
        <translation>In &amp;geschil zetten...</translation>
    </message>
    <message>
        <source>&amp;Clear hold or dispute...</source>
        <translation>Blokkering of geschil &amp;opheffen...</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Vast&amp;leggen</translation>
    </message>
    <message>
        <source>&amp;Call...</source>
        <translation>&amp;Telefoongesprek...</translation>
    </message>
    <message>
        <source>&amp;Note...</source>
        <translation>&amp;Notitie...</translation>
    </message>
    <message>
        <source>&amp;Promise to pay...</source>
        <translation>B&amp;elofte...</translation>
    </message>
    <message>
        <source>&amp;Dispute...</source>
        <translation>&amp;Geschil...</translation>
    </message>
    <message>
        <source>Se&amp;ttle</source>
        <translation>Vere&amp;ffenen</translation>
    </message>
    <message>
        <source>&amp;Enter customer payment...</source>
        <translation>&amp;Klantbetaling invoeren...</translation>
    </message>
    <message>
        <source>&amp;Settle open transactions...</source>
        <translation>&amp;Openstaande transacties vereffenen...</translation>
    </message>
    <message>
        <source>C&amp;redit limit...</source>
        <translation>&amp;Kredietlimiet...</translation>
    </message>
    <message>
        <source>Credit limit, mandatory limit and invoicing hold</source>
        <translation>Kredietlimiet, verplichte limiet en factureringsblokkade</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Blokkeren</translation>
    </message>
    <message>
        <source>No letters or interest on this item</source>
        <translation>Geen aanmaningen of rente op deze post</translation>
    </message>
    <message>
        <source>D&amp;ispute</source>
        <translation>&amp;Geschil</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Op&amp;heffen</translation>
    </message>
    <message>
        <source>&amp;Write off...</source>
        <translation>&amp;Afboeken...</translation>
    </message>
    <message>
        <source>Close the open balance of the item as a bad debt</source>
        <translation>Het openstaande saldo van de post afboeken als oninbaar</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Afhandelen</translation>
    </message>
    <message>
        <source>Mark &amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>Wai&amp;ve...</source>
        <translation>K&amp;wijtschelden...</translation>
    </message>
    <message>
        <source>Rei&amp;nstate...</source>
        <translation>Opnieuw &amp;invoeren...</translation>
    </message>
    <message>
        <source>Re&amp;verse...</source>
        <translation>Terug&amp;boeken...</translation>
    </message>
    <message>
        <source>Put %1 on hold</source>
        <translation>%1 blokkeren</translation>
    </message>
    <message>
        <source>%1 is on hold: no letters and no interest until cleared.</source>
        <translation>%1 is geblokkeerd: geen aanmaningen en geen rente totdat de blokkering is opgeheven.</translation>
    </message>
    <message>
        <source>Put %1 in dispute</source>
        <translation>%1 in geschil zetten</translation>
    </message>
    <message>
        <source>%1 is in dispute: no letters and no interest.</source>
        <translation>%1 is in geschil: geen aanmaningen en geen rente.</translation>
    </message>
    <message>
        <source>Clear the status of %1</source>
        <translation>Status van %1 opheffen</translation>
    </message>
    <message>
        <source>Letters and interest apply to %1 again.</source>
        <translation>Aanmaningen en rente gelden weer voor %1.</translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation>%1 is geblokkeerd.</translation>
    </message>
    <message>
        <source>%1 is in dispute.</source>
        <translation>%1 is in geschil.</translation>
    </message>
    <message>
        <source>%1 cleared.</source>
        <translation>Status van %1 opgeheven.</translation>
    </message>
    <message>
        <source>%1, open %2.</source>
        <translation>%1, openstaand %2.</translation>
    </message>
    <message>
        <source>Status of %1 changed.</source>
        <translation>Status van %1 gewijzigd.</translation>
    </message>
    <message>
        <source>Activity logged for %1.</source>
        <translation>Activiteit vastgelegd voor %1.</translation>
    </message>
    <message>
        <source>Activity marked done.</source>
        <translation>Activiteit afgehandeld.</translation>
    </message>
    <message>
        <source>Activity open again.</source>
        <translation>Activiteit heropend.</translation>
    </message>
    <message>
        <source>Credit limit of %1 saved.</source>
        <translation>Kredietlimiet van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 staat niet meer open.</translation>
    </message>
    <message>
        <source>Waive %1</source>
        <translation>%1 kwijtschelden</translation>
    </message>
    <message>
        <source>Forgive what is still open on interest note %1 (%2)? A credit is posted and settled against it.</source>
        <translation>Het openstaande bedrag van rentenota %1 (%2) kwijtschelden? Er wordt een creditering geboekt en met de nota vereffend.</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>%1 opnieuw invoeren</translation>
    </message>
    <message>
        <source>Charge the waived interest of %1 (%2) again? A new debit is posted.</source>
        <translation>De kwijtgescholden rente van %1 (%2) opnieuw in rekening brengen? Er wordt een nieuwe debetpost geboekt.</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>%1 terugboeken</translation>
    </message>
    <message>
        <source>Take interest note %1 (%2) back? A credit is posted; the next interest run charges the interest again.</source>
        <translation>Rentenota %1 (%2) terugboeken? Er wordt een creditering geboekt; de volgende renteberekening brengt de rente opnieuw in rekening.</translation>
    </message>
    <message>
        <source>Interest note %1 waived.</source>
        <translation>Rentenota %1 kwijtgescholden.</translation>
    </message>
    <message>
        <source>Interest note %1 reinstated.</source>
        <translation>Rentenota %1 opnieuw ingevoerd.</translation>
    </message>
    <message>
        <source>Interest note %1 reversed.</source>
        <translation>Rentenota %1 teruggeboekt.</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <source>Credit and collections</source>
        <extracomment>The sort arrow above the heading, not over it: right-aligned amount headings end where the arrow sits.</extracomment>
        <translation>Krediet en incasso</translation>
    </message>
    <message>
        <source>Aged balances as of this date (Ctrl+D)</source>
        <translation>Vervallen saldi per deze datum (Ctrl+D)</translation>
    </message>
    <message>
        <source>Filter account or name (Ctrl+F)</source>
        <translation>Filter op rekening of naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Alleen vervallen</translation>
    </message>
    <message>
        <source>Off: every customer with an open balance</source>
        <translation>Uit: elke klant met een openstaand saldo</translation>
    </message>
    <message>
        <source>Show every bucket again</source>
        <translation>Alle perioden weer tonen</translation>
    </message>
    <message>
        <source>Refresh snapshot</source>
        <translation>Momentopname vernieuwen</translation>
    </message>
    <message>
        <source>Store the aging as of this date, so the list opens fast on big books and shows these figures</source>
        <translation>De ouderdom per deze datum opslaan, zodat de lijst bij een grote administratie snel opent en deze cijfers toont</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Click to list the customers with an amount in this bucket</source>
        <translation>Klik om de klanten met een bedrag in deze periode te tonen</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L), a note, a promise to pay or a dispute</source>
        <translation>Een telefoongesprek (Ctrl+L), notitie, betalingsbelofte of geschil vastleggen</translation>
    </message>
    <message>
        <source>Bucket: %1  ✕</source>
        <translation>Periode: %1  ✕</translation>
    </message>
    <message>
        <source>Loading the collections list...</source>
        <translation>Incassolijst laden...</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to collect on this date.</source>
        <translation>Op deze datum is er niets te incasseren.</translation>
    </message>
    <message>
        <source>There is no aging definition.</source>
        <translation>Er is geen ouderdomsperiodedefinitie.</translation>
    </message>
    <message>
        <source>computed now</source>
        <translation>nu berekend</translation>
    </message>
    <message>
        <source>from the snapshot taken on %1</source>
        <translation>uit de momentopname van %1</translation>
    </message>
    <message numerus="yes">
        <source>Aged balances as of %1, in %2: %3 overdue at %n customer(s); %4</source>
        <translation>
            <numerusform>Vervallen saldi per %1, in %2: %3 vervallen bij %n klant; %4</numerusform>
            <numerusform>Vervallen saldi per %1, in %2: %3 vervallen bij %n klanten; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking the aging snapshot...</source>
        <translation>Ouderdomsmomentopname maken...</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Totaal openstaand</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>The columns around the buckets (&quot;b0&quot;, &quot;b1&quot;, ... are inserted after &quot;name&quot;).</extracomment>
        <translation>%1 dagen</translation>
    </message>
</context>
<context>
    <name>CollectionsTableModel</name>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Laatste betaling</translation>
    </message>
    <message>
        <source>Last letter</source>
        <translation>Laatste aanmaning</translation>
    </message>
    <message>
        <source>Days the oldest overdue item is past its due date</source>
        <translation>Aantal dagen dat de oudste vervallen post over de vervaldatum is</translation>
    </message>
    <message>
        <source>The total as a percentage of the credit limit</source>
        <translation>Het totaal als percentage van de kredietlimiet</translation>
    </message>
    <message>
        <source>Step and date of the last collection letter posted</source>
        <translation>Stap en datum van de laatst geboekte aanmaning</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>In geschil</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held</source>
        <translation>
            <numerusform>%n post geblokkeerd</numerusform>
            <numerusform>%n posten geblokkeerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoicing blocked</source>
        <translation>Facturering geblokkeerd</translation>
    </message>
    <message>
        <source>Last letter: %1</source>
        <translation>Laatste aanmaning: %1</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>for example ACME</source>
        <extracomment>The engine refuses larger logos (services.setup._company_details); said here before reading the file. The details set_details takes that are plain one-line texts (empty = none). Emitted when anything the letterhead prints changes (the preview follows it).</extracomment>
        <translation>bijvoorbeeld ACME</translation>
    </message>
    <message>
        <source>legal name, as on invoices</source>
        <translation>statutaire naam, zoals op facturen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
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
        <source>Street and number
Postcode  TOWN</source>
        <translation>Straat en huisnummer
Postcode  PLAATS</translation>
    </message>
    <message>
        <source>Chamber of Commerce, 8 digits</source>
        <translation>Kamer van Koophandel, 8 cijfers</translation>
    </message>
    <message>
        <source>for example NL123456789B01</source>
        <translation>bijvoorbeeld NL123456789B01</translation>
    </message>
    <message>
        <source>for example NL91 ABNA 0417 1643 00</source>
        <translation>bijvoorbeeld NL91 ABNA 0417 1643 00</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>What a new company gets for the chosen country (dialog only).</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Company code</source>
        <translation>Bedrijfscode</translation>
    </message>
    <message>
        <source>Code and currency</source>
        <translation>Code en valuta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Taal van documenten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Fiscal year starts in</source>
        <translation>Boekjaar begint in</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Bank and registration</source>
        <translation>Bank en inschrijving</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Image (PNG or JPEG)</source>
        <translation>Afbeelding (PNG of JPEG)</translation>
    </message>
    <message>
        <source>What the new company gets</source>
        <translation>Wat het nieuwe bedrijf krijgt</translation>
    </message>
    <message>
        <source>Ready to invoice in the Netherlands: VAT codes for 21%, 9%, 0%, exempt, reverse charge (btw verlegd) and intra-EU supplies, and terms of payment of 14 and 30 days net.</source>
        <translation>Klaar om te factureren in Nederland: btw-codes voor 21%, 9%, 0%, vrijgesteld, btw verlegd en intracommunautaire leveringen, en betalingsvoorwaarden van 14 en 30 dagen netto.</translation>
    </message>
    <message>
        <source>Terms of payment of 14 and 30 days net and one 0% VAT code; add your country&apos;s VAT rates under Set up &gt; Sales tax.</source>
        <translation>Betalingsvoorwaarden van 14 en 30 dagen netto en één btw-code van 0%; voeg de btw-tarieven van uw land toe onder Instellen &gt; Btw.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>Het logo moet kleiner zijn dan 2 MB.</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>Dit bestand is geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Name, address, registration and bank details as they print on invoices, letters and statements</source>
        <translation>Naam, adres, inschrijving en bankgegevens zoals ze op facturen, aanmaningen en overzichten worden afgedrukt</translation>
    </message>
    <message>
        <source>Letterhead (top and foot of the first page)</source>
        <translation>Briefhoofd (boven- en onderkant van de eerste pagina)</translation>
    </message>
    <message>
        <source>Company details saved.</source>
        <translation>Bedrijfsgegevens opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>(not given)</source>
        <extracomment>Babel&apos;s territories that are no country (European Union, eurozone, United Nations, unknown...).</extracomment>
        <translation>(niet opgegeven)</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit limit of %1</source>
        <translation>Kredietlimiet van %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>Mandatory (a limit of 0 allows no credit)</source>
        <translation>Verplicht (een limiet van 0 staat geen krediet toe)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Invoicing on hold</source>
        <translation>Facturering geblokkeerd</translation>
    </message>
    <message>
        <source>Everything on hold</source>
        <translation>Alles geblokkeerd</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Invoicing hold</source>
        <translation>Factureringsblokkade</translation>
    </message>
</context>
<context>
    <name>CustomerCombo</name>
    <message>
        <source>Account or name</source>
        <extracomment>Date entry per UI language, matching ardesk.i18n.format_date (a four-digit year). Sales-tax kinds whose invoice must show the customer&apos;s VAT number (services.tax_texts.NEEDS_CUSTOMER_VAT).</extracomment>
        <translation>Rekening of naam</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>&amp;Open items</source>
        <extracomment>Tabs, in order. Escape in a detail table: back to the customer list.</extracomment>
        <translation>&amp;Open posten</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>Acti&amp;viteiten</translation>
    </message>
    <message>
        <source>Lette&amp;rs</source>
        <translation>Aan&amp;maningen</translation>
    </message>
    <message>
        <source>Interest &amp;notes</source>
        <translation>&amp;Rente</translation>
    </message>
    <message>
        <source>All tr&amp;ansactions</source>
        <translation>&amp;Transacties</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Geen klant geselecteerd</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see its transactions, activities and letters.</source>
        <translation>Kies een klant in de lijst voor de transacties, activiteiten en aanmaningen.</translation>
    </message>
    <message>
        <source>&amp;Open items (%1)</source>
        <translation>&amp;Open posten (%1)</translation>
    </message>
    <message>
        <source>Acti&amp;vities (%1)</source>
        <translation>Acti&amp;viteiten (%1)</translation>
    </message>
    <message>
        <source>Lette&amp;rs (%1)</source>
        <translation>Aan&amp;maningen (%1)</translation>
    </message>
    <message>
        <source>Interest &amp;notes (%1)</source>
        <translation>&amp;Rente (%1)</translation>
    </message>
    <message>
        <source>On hold for collections</source>
        <translation>Geblokkeerd voor incasso</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>In geschil</translation>
    </message>
    <message>
        <source>invoicing blocked</source>
        <translation>facturering geblokkeerd</translation>
    </message>
    <message>
        <source>No credit limit</source>
        <translation>Geen kredietlimiet</translation>
    </message>
    <message>
        <source>Credit limit %1</source>
        <translation>Kredietlimiet %1</translation>
    </message>
    <message>
        <source>(%1 used)</source>
        <translation>(%1 gebruikt)</translation>
    </message>
    <message>
        <source>(exceeded)</source>
        <translation>(overschreden)</translation>
    </message>
    <message>
        <source>last payment %1</source>
        <translation>laatste betaling %1</translation>
    </message>
    <message>
        <source>no payment yet</source>
        <translation>nog geen betaling</translation>
    </message>
    <message>
        <source>last letter: step %1 (%2) on %3</source>
        <translation>laatste aanmaning: stap %1 (%2) op %3</translation>
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
        <source>Mandatory (a limit of 0 allows no credit)</source>
        <translation>Verplicht (een limiet van 0 staat geen krediet toe)</translation>
    </message>
    <message>
        <source>Consumer (private person)</source>
        <translation>Consument (particulier)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Invoicing on hold</source>
        <translation>Facturering geblokkeerd</translation>
    </message>
    <message>
        <source>Everything on hold</source>
        <translation>Alles geblokkeerd</translation>
    </message>
    <message>
        <source>invoices@example.com</source>
        <translation>facturen@example.com</translation>
    </message>
    <message>
        <source>the person invoices are addressed to</source>
        <translation>de persoon aan wie facturen worden gericht</translation>
    </message>
    <message>
        <source>e.g. NL123456789B01</source>
        <translation>bijv. NL123456789B01</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>(the company&apos;s default)</source>
        <translation>(standaard van het bedrijf)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Chamber of Commerce (KvK)</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Sales tax code</source>
        <translation>Btw-code</translation>
    </message>
    <message>
        <source>Method of payment</source>
        <translation>Betalingsmethode</translation>
    </message>
    <message>
        <source>Posting profile</source>
        <translation>Boekingsprofiel</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Krediet</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Invoicing and credit</source>
        <translation>Facturering en krediet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Klantnummer</translation>
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
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Betalingskorting</translation>
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
        <source>Customer group %1</source>
        <translation>Klantgroep %1</translation>
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
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers from CSV</source>
        <translation>Klanten importeren uit CSV</translation>
    </message>
    <message>
        <source>Choose another file...</source>
        <translation>Ander bestand kiezen...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 lezen...</translation>
    </message>
    <message>
        <source>Checking the customers in the file...</source>
        <translation>Klanten in het bestand controleren...</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>%1, cells separated by %2</source>
        <translation>%1, cellen gescheiden door %2</translation>
    </message>
    <message>
        <source>The file has no customers.</source>
        <translation>Het bestand bevat geen klanten.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors (in red; point at a cell to see why). Nothing is imported while a row has an error: correct the file and choose it again.</source>
        <translation>%1 van %2 rijen bevatten fouten (in rood; wijs een cel aan om te zien waarom). Er wordt niets geïmporteerd zolang een rij een fout bevat: verbeter het bestand en kies het opnieuw.</translation>
    </message>
    <message>
        <source>1 customer ready to import.</source>
        <translation>1 klant klaar om te importeren.</translation>
    </message>
    <message>
        <source>Import 1 customer</source>
        <translation>1 klant importeren</translation>
    </message>
    <message>
        <source>%1 customers ready to import.</source>
        <translation>%1 klanten klaar om te importeren.</translation>
    </message>
    <message>
        <source>Import %1 customers</source>
        <translation>%1 klanten importeren</translation>
    </message>
    <message>
        <source>Row %1:</source>
        <translation>Rij %1:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Import customers from</source>
        <translation>Klanten importeren uit</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Importing customers...</source>
        <translation>Klanten importeren...</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Account or name</source>
        <extracomment>Milliseconds after the last key before the books are searched. At most this many customers in the popup (the search is one indexed query with this limit). The text was resolved (Enter, Tab, leaving the field, a popup row), naming a customer or not.</extracomment>
        <translation>Rekening of naam</translation>
    </message>
    <message>
        <source>No customer with account %1</source>
        <translation>Geen klant met rekening %1</translation>
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
        <source>Import from CSV...</source>
        <translation>CSV importeren...</translation>
    </message>
    <message>
        <source>Add customers from a CSV file, after a preview of every row</source>
        <translation>Klanten toevoegen uit een CSV-bestand, nadat u elke regel hebt bekeken</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <source>Every customer as an Excel workbook or a CSV file</source>
        <translation>Alle klanten als Excel-werkmap of CSV-bestand</translation>
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
    <message>
        <source>No customer matches &quot;%1&quot;. Check the spelling, or clear the search box.</source>
        <translation>Geen klant voldoet aan &quot;%1&quot;. Controleer de spelling of maak het zoekvak leeg.</translation>
    </message>
    <message>
        <source>No customers yet. Click New customer to add your first customer.</source>
        <translation>Nog geen klanten. Klik op Nieuwe klant om uw eerste klant toe te voegen.</translation>
    </message>
    <message>
        <source>Import customers from</source>
        <translation>Klanten importeren uit</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Customers imported: %1.</source>
        <translation>Klanten geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>customers-%1</source>
        <translation>klanten-%1</translation>
    </message>
    <message>
        <source>Export the customers as</source>
        <translation>Klanten exporteren als</translation>
    </message>
</context>
<context>
    <name>DateQuestion</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Deliver order %1</source>
        <translation>Order %1 leveren</translation>
    </message>
    <message>
        <source>Post packing slip</source>
        <translation>Pakbon boeken</translation>
    </message>
    <message>
        <source>Order %1 for %2 %3</source>
        <translation>Order %1 voor %2 %3</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leverdatum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Besteld</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>Nu leveren</translation>
    </message>
    <message>
        <source>Leave a line at 0 or empty to deliver none of it now.</source>
        <translation>Laat een regel op 0 of leeg om daar nu niets van te leveren.</translation>
    </message>
    <message>
        <source>only %1 is left to deliver</source>
        <translation>er is nog maar %1 te leveren</translation>
    </message>
    <message>
        <source>type the quantity delivered of at least one line</source>
        <translation>typ bij ten minste één regel het geleverde aantal</translation>
    </message>
</context>
<context>
    <name>DetailColumns</name>
    <message>
        <source>On hold</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>In geschil</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Betalingsbelofte</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Belofte verbroken</translation>
    </message>
    <message>
        <source>Promised for %1</source>
        <translation>Beloofd per %1</translation>
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
        <source>Interest reinstated</source>
        <translation>Rente opnieuw ingevoerd</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Geschil</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Blokkering</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgave</translation>
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
        <source>Days overdue</source>
        <translation>Dagen vervallen</translation>
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
        <source>Collection status</source>
        <translation>Incassostatus</translation>
    </message>
    <message>
        <source>Letter step</source>
        <translation>Aanmaningsstap</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Beloofd per</translation>
    </message>
    <message>
        <source>Amount promised</source>
        <translation>Beloofd bedrag</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Teruggeboekt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacties</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Kwijtgescholden</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Opnieuw ingevoerd</translation>
    </message>
    <message>
        <source>Interest to</source>
        <translation>Rente t/m</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Geboekt op</translation>
    </message>
    <message>
        <source>Interest code</source>
        <translation>Rentecode</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Gecorrigeerd</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Boekstuk</translation>
    </message>
    <message>
        <source>(no voucher)</source>
        <translation>(geen boekstuk)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>DirectDebitPage</name>
    <message>
        <source>Direct debit runs</source>
        <extracomment>The pain.008 versions ardesk writes: 001.02 (every bank) and 001.08 (the 2019 rulebook&apos;s). The look of the warnings above the preview: a pale amber band.</extracomment>
        <translation>Incasso-opdrachten</translation>
    </message>
    <message>
        <source>Collect the open invoices of customers with a mandate: check the preview, then create the file</source>
        <translation>Incasseer de openstaande facturen van klanten met een machtiging: controleer het voorbeeld en maak daarna het bestand</translation>
    </message>
    <message>
        <source>The day the bank debits the customers (and credits you)</source>
        <extracomment>Asks where to save a file (title, proposed name, filter; None: cancelled); tests replace it. Asks which file to import (None: cancelled); tests replace it. Asks Yes/No before posting; tests replace it. Shows what an action did in a box; tests replace it.</extracomment>
        <translation>De dag waarop de bank bij de klanten afschrijft (en bij u bijschrijft)</translation>
    </message>
    <message>
        <source>Also invoices returned before</source>
        <translation>Ook gestorneerde facturen</translation>
    </message>
    <message>
        <source>Collect again the invoices a bank rejected or returned earlier</source>
        <translation>De facturen die een bank eerder heeft geweigerd of gestorneerd opnieuw incasseren</translation>
    </message>
    <message>
        <source>The SEPA file format: 001.02 is read by every bank</source>
        <translation>Het SEPA-bestandsformaat: 001.02 wordt door elke bank gelezen</translation>
    </message>
    <message>
        <source>Print pre-notifications...</source>
        <translation>Vooraankondigingen afdrukken...</translation>
    </message>
    <message>
        <source>Create file...</source>
        <translation>Bestand maken...</translation>
    </message>
    <message>
        <source>Collection date</source>
        <translation>Incassodatum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
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
        <source>Mandate</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Volgordetype</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Incasso&apos;s</translation>
    </message>
    <message>
        <source>Total to collect</source>
        <translation>Totaal te incasseren</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Niet geïncasseerd</translation>
    </message>
    <message>
        <source>To be collected</source>
        <translation>Te incasseren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Gestorneerd</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Bericht-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import returns...</source>
        <translation>Storno&apos;s inlezen...</translation>
    </message>
    <message>
        <source>Read the bank&apos;s rejects (pain.002) or returns (camt.054)</source>
        <translation>De weigeringen (pain.002) of storno&apos;s (camt.054) van de bank inlezen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Collections of the run</source>
        <translation>Incasso&apos;s van de opdracht</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Geïncasseerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message numerus="yes">
        <source>Not collected (%n)</source>
        <translation>
            <numerusform>Niet geïncasseerd (%n)</numerusform>
            <numerusform>Niet geïncasseerd (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To be collected (%n)</source>
        <translation>
            <numerusform>Te incasseren (%n)</numerusform>
            <numerusform>Te incasseren (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collections of %1</source>
        <translation>Incasso&apos;s van %1</translation>
    </message>
    <message>
        <source>Save pre-notifications</source>
        <translation>Vooraankondigingen opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the pre-notifications...</source>
        <translation>Vooraankondigingen afdrukken...</translation>
    </message>
    <message>
        <source>Print pre-notifications</source>
        <translation>Vooraankondigingen afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-notification letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n vooraankondiging opgeslagen in %1.</numerusform>
            <numerusform>%n vooraankondigingen opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save SEPA direct debit file</source>
        <translation>SEPA-incassobestand opslaan</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-bestanden (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>Collect %n invoice(s), %1 in all, on %2? The collections are posted as payments now.</source>
        <translation>
            <numerusform>%n factuur incasseren, in totaal %1, op %2? De incasso wordt nu als betaling geboekt.</numerusform>
            <numerusform>%n facturen incasseren, in totaal %1, op %2? De incasso&apos;s worden nu als betalingen geboekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create direct debit file</source>
        <translation>Incassobestand maken</translation>
    </message>
    <message>
        <source>Creating the direct debit file...</source>
        <translation>Het incassobestand wordt gemaakt...</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n collection(s), %2 in all, written to %3 (message id %4).</source>
        <translation>
            <numerusform>Opdracht %1: %n incasso, in totaal %2, geschreven naar %3 (bericht-ID %4).</numerusform>
            <numerusform>Opdracht %1: %n incasso&apos;s, in totaal %2, geschreven naar %3 (bericht-ID %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Direct debit file created</source>
        <translation>Incassobestand gemaakt</translation>
    </message>
    <message>
        <source>Importing the returns...</source>
        <translation>Storno&apos;s inlezen...</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Storno&apos;s inlezen</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Storno&apos;s ingelezen</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) undone, their invoices open again.</source>
        <translation>
            <numerusform>%n incasso teruggeboekt; de factuur staat weer open.</numerusform>
            <numerusform>%n incasso&apos;s teruggeboekt; de facturen staan weer open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the books.</source>
        <translation>
            <numerusform>%n niet gevonden in de administratie.</numerusform>
            <numerusform>%n niet gevonden in de administratie.</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>gestorneerd</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>kosten %1</translation>
    </message>
    <message>
        <source>Not found or undone before:</source>
        <translation>Niet gevonden of al eerder verwerkt:</translation>
    </message>
    <message>
        <source>Import the bank&apos;s rejects and returns</source>
        <translation>Weigeringen en storno&apos;s van de bank inlezen</translation>
    </message>
    <message>
        <source>Bank files (*.xml);;All files (*)</source>
        <translation>Bankbestanden (*.xml);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>DocumentAuditDialog</name>
    <message>
        <source>Audit trail of %1</source>
        <translation>Audittrail van %1</translation>
    </message>
    <message>
        <source>Who posted, settled or reversed this document, and when. Newest first.</source>
        <translation>Wie dit document heeft geboekt, vereffend of teruggeboekt, en wanneer. Nieuwste eerst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Boekstuk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Settlement %1</source>
        <translation>Vereffening %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis</numerusform>
            <numerusform>%n gebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the audit trail for this document.</source>
        <translation>Niets in de audittrail voor dit document.</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Draw bills of exchange</source>
        <translation>Wissels trekken</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
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
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Same due date for every bill:</source>
        <translation>Dezelfde vervaldatum voor alle wissels:</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Openstaande facturen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tick the invoices to draw a bill for. Each bill is for the invoice&apos;s open balance; the invoice is settled and the customer owes the bill until the bank honours it.</source>
        <translation>Vink de facturen aan waarvoor u een wissel trekt. Elke wissel is voor het openstaande saldo van de factuur; de factuur wordt vereffend en de klant is de wissel schuldig tot de bank hem heeft geïnd.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Trekken</translation>
    </message>
    <message>
        <source>Tick at least one invoice</source>
        <translation>Vink minstens één factuur aan</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>Draft due invoices</source>
        <translation>Conceptfacturen maken</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Concepten maken</translation>
    </message>
    <message>
        <source>Draft every recurring invoice due up to this date.</source>
        <translation>Een concept maken van elke periodieke factuur die t/m deze datum aan de beurt is.</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>T/m</translation>
    </message>
</context>
<context>
    <name>EInvoiceButton</name>
    <message>
        <source>E-invoice</source>
        <translation>E-factuur</translation>
    </message>
    <message>
        <source>The selected invoice as an electronic invoice (Peppol UBL or Factur-X PDF)</source>
        <translation>De geselecteerde factuur als elektronische factuur (Peppol UBL of Factur-X PDF)</translation>
    </message>
    <message>
        <source>Export e-invoice (UBL)...</source>
        <translation>E-factuur exporteren (UBL)...</translation>
    </message>
    <message>
        <source>PDF with e-invoice (Factur-X)...</source>
        <translation>PDF met e-factuur (Factur-X)...</translation>
    </message>
    <message>
        <source>Export e-invoice (UBL)</source>
        <translation>E-factuur exporteren (UBL)</translation>
    </message>
    <message>
        <source>UBL invoices (*.xml)</source>
        <translation>UBL-facturen (*.xml)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 exporteren...</translation>
    </message>
    <message>
        <source>PDF with e-invoice (Factur-X)</source>
        <translation>PDF met e-factuur (Factur-X)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Printing %1...</source>
        <translation>%1 afdrukken...</translation>
    </message>
    <message>
        <source>Saved the e-invoice of %1 as %2.</source>
        <translation>E-factuur van %1 opgeslagen als %2.</translation>
    </message>
</context>
<context>
    <name>EditGrid</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is geen geheel getal</translation>
    </message>
</context>
<context>
    <name>EditableListPage</name>
    <message>
        <source>Edit...</source>
        <translation>Wijzigen...</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End billing %1 to %2</source>
        <translation>Facturering van %1 aan %2 beëindigen</translation>
    </message>
    <message>
        <source>No invoice is drafted for a billing date after this one; invoices already made stay.</source>
        <translation>Voor een factureringsdatum na deze datum wordt geen factuur meer als concept gemaakt; al gemaakte facturen blijven bestaan.</translation>
    </message>
    <message>
        <source>Last billing date</source>
        <translation>Laatste factureringsdatum</translation>
    </message>
</context>
<context>
    <name>ExchangeRateDialog</name>
    <message>
        <source>New exchange rate</source>
        <extracomment>Rates are kept to 8 decimals (services.currency.RATE_QUANTUM); shown with at least 4, as banks quote them.</extracomment>
        <translation>Nieuwe wisselkoers</translation>
    </message>
    <message>
        <source>Change exchange rate</source>
        <translation>Wisselkoers wijzigen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Koers</translation>
    </message>
    <message>
        <source>Units of %1 for one unit of the currency</source>
        <translation>Eenheden %1 voor één eenheid van de valuta</translation>
    </message>
    <message>
        <source>Type the rate, for example %1</source>
        <translation>Typ de koers, bijvoorbeeld %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesPage</name>
    <message>
        <source>Exchange rates</source>
        <translation>Wisselkoersen</translation>
    </message>
    <message>
        <source>What one unit of a foreign currency is worth in %1, from a date on</source>
        <translation>Wat één eenheid van een vreemde valuta waard is in %1, vanaf een datum</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle valuta&apos;s</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Koers</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Betekent</translation>
    </message>
    <message>
        <source>In effect today</source>
        <translation>Vandaag geldig</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n koers</numerusform>
            <numerusform>%n koersen</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 rate from %2</source>
        <translation>de %1-koers vanaf %2</translation>
    </message>
    <message>
        <source>Delete exchange rate</source>
        <translation>Wisselkoers verwijderen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>Exchange rate not deleted</source>
        <translation>Wisselkoers niet verwijderd</translation>
    </message>
    <message>
        <source>Deleted %1; documents already posted keep their rate.</source>
        <translation>%1 verwijderd; al geboekte documenten behouden hun koers.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>What the file dialog offers, in order: the first is the default.</extracomment>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file for Excel (*.csv)</source>
        <translation>CSV-bestand voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Bezig met exporteren...</translation>
    </message>
</context>
<context>
    <name>FiscalYearDialog</name>
    <message>
        <source>New fiscal year</source>
        <translation>Nieuw boekjaar</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Eerste maand</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>Aantal maanden</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>From %1 to %2; every month starts open.</source>
        <translation>Van %1 tot en met %2; elke maand begint open.</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>In de map %1 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>type a whole number, like 12</source>
        <translation>typ een geheel getal, zoals 12</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Niets om op te slaan.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>ardesk Help</source>
        <extracomment>The contents list, in the navigation&apos;s colours. (size step above the body text as in HTML&apos;s font-size: 1 = larger, 3 = xx-large; bold, colour, space above) of the topic&apos;s title and of its sections.</extracomment>
        <translation>Help bij ardesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>InterestCodeDialog</name>
    <message>
        <source>New interest code</source>
        <translation>Nieuwe rentecode</translation>
    </message>
    <message>
        <source>Interest code %1</source>
        <translation>Rentecode %1</translation>
    </message>
    <message>
        <source>(the interest income account)</source>
        <translation>(de rekening voor renteopbrengsten)</translation>
    </message>
    <message>
        <source>Active: posting profiles may use it</source>
        <translation>Actief: boekingsprofielen mogen deze gebruiken</translation>
    </message>
    <message>
        <source>Interest code</source>
        <translation>Rentecode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Interest account</source>
        <translation>Renterekening</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>New version from date...</source>
        <translation>Nieuwe versie vanaf datum...</translation>
    </message>
    <message>
        <source>A new rate from a later date; the earlier rates stay</source>
        <translation>Een nieuw tarief vanaf een latere datum; de eerdere tarieven blijven gelden</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Versie verwijderen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Yearly, per day</source>
        <translation>Jaarlijks, per dag</translation>
    </message>
    <message>
        <source>% per interval</source>
        <translation>% per interval</translation>
    </message>
    <message>
        <source>Amount per interval</source>
        <translation>Bedrag per interval</translation>
    </message>
    <message>
        <source>by ranges</source>
        <translation>met staffel</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>From which date does the new rate apply? Interest for earlier days keeps the rate it had.</source>
        <translation>Vanaf welke datum geldt het nieuwe tarief? Rente over eerdere dagen houdt het tarief dat toen gold.</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Versie toevoegen</translation>
    </message>
</context>
<context>
    <name>InterestCodesPage</name>
    <message>
        <source>Interest codes</source>
        <translation>Rentecodes</translation>
    </message>
    <message>
        <source>Rates of interest notes, each from the date it applies</source>
        <translation>Tarieven voor rentenota&apos;s, elk vanaf de datum waarop het geldt</translation>
    </message>
    <message>
        <source>New version from date...</source>
        <translation>Nieuwe versie vanaf datum...</translation>
    </message>
    <message>
        <source>Posting profiles...</source>
        <translation>Boekingsprofielen...</translation>
    </message>
    <message>
        <source>Which interest code each posting profile charges</source>
        <translation>Welke rentecode elk boekingsprofiel in rekening brengt</translation>
    </message>
    <message>
        <source>Dutch collection pack: the statutory interest codes WETTELIJK (art. 6:119 BW) and HANDELSRENTE (art. 6:119a BW) with their rates since 2024, compounded yearly; the letter sequence INCASSO (a reminder, a notice, then the collection costs of the BIK scale, with the 14-day letter for consumers first); and the legal clearing order (costs, then interest, then principal). The default posting profile gets them if it has none. What exists already is left as it is.</source>
        <translation>Nederlands incassopakket: de rentecodes WETTELIJK (wettelijke rente, art. 6:119 BW) en HANDELSRENTE (wettelijke handelsrente, art. 6:119a BW) met hun tarieven sinds 2024, jaarlijks samengesteld; de aanmaningsreeks INCASSO (een herinnering, een aanmaning en daarna de incassokosten volgens de BIK-staffel, voor consumenten eerst met de 14-dagenbrief); en de wettelijke toerekeningsvolgorde (kosten, dan rente, dan hoofdsom). Het standaardboekingsprofiel krijgt ze als het er nog geen heeft. Wat al bestaat, blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Turn on the Dutch collection pack</source>
        <translation>Nederlands incassopakket inschakelen</translation>
    </message>
    <message>
        <source>Interest code</source>
        <translation>Rentecode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Huidig tarief</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Yearly, per day</source>
        <translation>Jaarlijks, per dag</translation>
    </message>
    <message>
        <source>% per interval</source>
        <translation>% per interval</translation>
    </message>
    <message>
        <source>Amount per interval</source>
        <translation>Bedrag per interval</translation>
    </message>
    <message>
        <source>compounded</source>
        <translation>samengesteld</translation>
    </message>
    <message>
        <source>by ranges</source>
        <translation>met staffel</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>From which date does the new rate of %1 apply?</source>
        <translation>Vanaf welke datum geldt het nieuwe tarief van %1?</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Versie toevoegen</translation>
    </message>
    <message>
        <source>Dutch collection pack</source>
        <translation>Nederlands incassopakket</translation>
    </message>
    <message>
        <source>Create the Dutch interest codes and letter sequence now?</source>
        <translation>De Nederlandse rentecodes en aanmaningsreeks nu aanmaken?</translation>
    </message>
</context>
<context>
    <name>InterestNotesPage</name>
    <message>
        <source>Interest notes</source>
        <extracomment>The kinds a run may charge interest on (the API&apos;s CHARGEABLE_KINDS); interest notes bring reinstated interest.</extracomment>
        <translation>Rentenota&apos;s</translation>
    </message>
    <message>
        <source>Interest on overdue items: calculate up to a date, check the lines, print and post</source>
        <translation>Rente over vervallen posten: berekenen tot en met een datum, regels controleren, afdrukken en boeken</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Open the PDF (Enter)</source>
        <translation>De PDF openen (Enter)</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>Regels verwijderen</translation>
    </message>
    <message>
        <source>Take the selected lines off the proposal</source>
        <translation>De geselecteerde regels uit het voorstel halen</translation>
    </message>
    <message>
        <source>Cancel note</source>
        <translation>Nota annuleren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <source>Save PDFs in a folder (Ctrl+P)</source>
        <translation>PDF&apos;s opslaan in een map (Ctrl+P)</translation>
    </message>
    <message>
        <source>Post...</source>
        <translation>Boeken...</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Waive...</source>
        <translation>Kwijtschelden...</translation>
    </message>
    <message>
        <source>Forgive what is still open on the note</source>
        <translation>Het openstaande bedrag van de nota kwijtschelden</translation>
    </message>
    <message>
        <source>Reinstate...</source>
        <translation>Opnieuw invoeren...</translation>
    </message>
    <message>
        <source>Charge a waived note again</source>
        <translation>Een kwijtgescholden nota opnieuw in rekening brengen</translation>
    </message>
    <message>
        <source>Reverse...</source>
        <translation>Terugboeken...</translation>
    </message>
    <message>
        <source>Take the note back; the next calculation charges it again</source>
        <translation>De nota terugboeken; de volgende berekening brengt de rente opnieuw in rekening</translation>
    </message>
    <message>
        <source>Calculate interest</source>
        <translation>Rente berekenen</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <source>Calculate to</source>
        <translation>Berekenen t/m</translation>
    </message>
    <message numerus="yes">
        <source>%n interest note(s)</source>
        <translation>
            <numerusform>%n rentenota</numerusform>
            <numerusform>%n rentenota&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>No interest is due up to this date.</source>
        <translation>Tot en met deze datum is geen rente verschuldigd.</translation>
    </message>
    <message>
        <source>Empty: from where each item&apos;s last posted note ended</source>
        <translation>Leeg: vanaf het einde van de laatst geboekte nota van elke post</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Collection costs</source>
        <translation>Incassokosten</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Interest on interest: the law may not allow it</source>
        <translation>Rente over rente: de wet staat dit mogelijk niet toe</translation>
    </message>
    <message>
        <source>Interest on interest: check that the law allows it.</source>
        <translation>Rente over rente: controleer of de wet dit toestaat.</translation>
    </message>
    <message>
        <source>Charge on</source>
        <translation>Rente over</translation>
    </message>
    <message>
        <source>tick at least one kind of item</source>
        <translation>vink ten minste één soort post aan</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Kwijtgescholden</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Opnieuw ingevoerd</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Teruggeboekt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Interest note</source>
        <translation>Rentenota</translation>
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
        <source>Interest code</source>
        <translation>Rentecode</translation>
    </message>
    <message>
        <source>To</source>
        <translation>T/m</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Berekening</translation>
    </message>
    <message>
        <source>%1 a year on %2 for %3/365 days</source>
        <translation>%1 per jaar over %2 voor %3/365 dagen</translation>
    </message>
    <message>
        <source>%1 per interval</source>
        <translation>%1 per interval</translation>
    </message>
    <message>
        <source>an amount per interval</source>
        <translation>een bedrag per interval</translation>
    </message>
    <message>
        <source>Interest %1 %2</source>
        <translation>Rente %1 %2</translation>
    </message>
    <message>
        <source>Lines of interest note %1 to %2 %3: %4</source>
        <translation>Regels van rentenota %1 aan %2 %3: %4</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historie: %1</translation>
    </message>
    <message>
        <source>Lines removed from %1: %2.</source>
        <translation>Regels verwijderd uit %1: %2.</translation>
    </message>
    <message>
        <source>Cancel interest notes</source>
        <translation>Rentenota&apos;s annuleren</translation>
    </message>
    <message>
        <source>Cancel %1 proposed interest note(s)? Their numbers stay in the list as cancelled.</source>
        <translation>De voorgestelde rentenota&apos;s (%1) annuleren? Hun nummers blijven als geannuleerd in de lijst staan.</translation>
    </message>
    <message>
        <source>Cancelling interest notes...</source>
        <translation>Rentenota&apos;s annuleren...</translation>
    </message>
    <message>
        <source>Interest notes cancelled: %1.</source>
        <translation>Rentenota&apos;s geannuleerd: %1.</translation>
    </message>
    <message>
        <source>Post interest notes</source>
        <translation>Rentenota&apos;s boeken</translation>
    </message>
    <message>
        <source>Post %1 interest note(s)? Interest of %2 in all is charged to the customers.</source>
        <translation>Rentenota&apos;s boeken (%1)? In totaal wordt %2 aan rente bij de klanten in rekening gebracht.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Posting %1 interest notes...</source>
        <translation>Rentenota&apos;s boeken (%1)...</translation>
    </message>
    <message>
        <source>Interest notes posted: %1.</source>
        <translation>Rentenota&apos;s geboekt: %1.</translation>
    </message>
    <message>
        <source>Waive interest</source>
        <translation>Rente kwijtschelden</translation>
    </message>
    <message>
        <source>Waive interest note %1? A credit of what is still open on it is made and settled against it; the customer no longer owes it.</source>
        <translation>Rentenota %1 kwijtschelden? Voor het bedrag dat nog openstaat, wordt een creditering gemaakt en met de nota vereffend; de klant is het niet meer verschuldigd.</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Kwijtschelden</translation>
    </message>
    <message>
        <source>Interest notes waived: %1.</source>
        <translation>Rentenota&apos;s kwijtgescholden: %1.</translation>
    </message>
    <message>
        <source>Reinstate interest</source>
        <translation>Rente opnieuw invoeren</translation>
    </message>
    <message>
        <source>Reinstate interest note %1? The amount waived is charged to the customer again.</source>
        <translation>Rentenota %1 opnieuw invoeren? Het kwijtgescholden bedrag wordt opnieuw bij de klant in rekening gebracht.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Opnieuw invoeren</translation>
    </message>
    <message>
        <source>Interest notes reinstated: %1.</source>
        <translation>Rentenota&apos;s opnieuw ingevoerd: %1.</translation>
    </message>
    <message>
        <source>Reverse interest</source>
        <translation>Rente terugboeken</translation>
    </message>
    <message>
        <source>Reverse interest note %1? A credit of the whole note is made; the next calculation charges the same interest again.</source>
        <translation>Rentenota %1 terugboeken? De hele nota wordt gecrediteerd; de volgende berekening brengt dezelfde rente opnieuw in rekening.</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Terugboeken</translation>
    </message>
    <message>
        <source>Interest notes reversed: %1.</source>
        <translation>Rentenota&apos;s teruggeboekt: %1.</translation>
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
        <translation>Betalingskorting</translation>
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
        <translation>Tab of Enter: volgende cel.  Enter in de laatste cel: nieuwe regel.  Ctrl+S: concept opslaan.  Ctrl+Enter: boeken.</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>Toeslag toevoegen</translation>
    </message>
    <message>
        <source>Delete charge</source>
        <translation>Toeslag verwijderen</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Toeslagen</translation>
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
        <source>This draft has charges of %1 (sales tax included) that this screen cannot show; saving or posting it here removes them.</source>
        <translation>Dit concept heeft toeslagen van %1 (incl. btw) die dit scherm niet kan tonen; als u het hier opslaat of boekt, worden ze verwijderd.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Uw wijzigingen verwerpen?</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) keep their sales tax code; new lines take %1, the code of %2.</source>
        <translation>
            <numerusform>%n regel behoudt zijn btw-code; nieuwe regels krijgen %1, de code van %2.</numerusform>
            <numerusform>%n regels behouden hun btw-code; nieuwe regels krijgen %1, de code van %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1 on all lines</source>
        <translation>%1 op alle regels gebruiken</translation>
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
        <source>Saving this draft here removes its charges of %1. Continue?</source>
        <translation>Als u dit concept hier opslaat, worden de toeslagen van %1 verwijderd. Doorgaan?</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message numerus="yes">
        <source>This invoice charges no VAT on %n line(s) for a domestic customer.</source>
        <translation>
            <numerusform>Op deze factuur wordt voor een binnenlandse klant geen btw berekend over %n regel.</numerusform>
            <numerusform>Op deze factuur wordt voor een binnenlandse klant geen btw berekend over %n regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse charge and intra-Community supply: the invoice must show the customer&apos;s VAT number, and %1 has none. Add it to the customer first.</source>
        <translation>Btw verlegd en intracommunautaire levering: de factuur moet het btw-nummer van de klant vermelden, en %1 heeft er geen. Voeg het eerst toe bij de klant.</translation>
    </message>
    <message>
        <source>This invoice takes %1 to a balance of %2, over the credit limit of %3.</source>
        <translation>Met deze factuur komt %1 op een saldo van %2, boven de kredietlimiet van %3.</translation>
    </message>
    <message>
        <source>Post anyway?</source>
        <translation>Toch boeken?</translation>
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
    <message>
        <source>charge code</source>
        <translation>toeslagcode</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>Charge %1, %2: %3</source>
        <translation>Toeslag %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <source>Description</source>
        <extracomment>Column keys in display order; the API names of the line fields (lines[2].unit_price). Every code (a draft may hold one set inactive since); only active ones are offered for new choices.</extracomment>
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
    <name>InvoiceSlipsDialog</name>
    <message>
        <source>Invoice packing slips of %1</source>
        <translation>Pakbonnen van %1 factureren</translation>
    </message>
    <message>
        <source>Post invoice</source>
        <translation>Factuur boeken</translation>
    </message>
    <message>
        <source>One invoice to %1 for the ticked packing slips.</source>
        <translation>Eén factuur aan %1 voor de aangevinkte pakbonnen.</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Pakbon</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
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
        <source>tick at least one packing slip</source>
        <translation>vink ten minste één pakbon aan</translation>
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
        <translation>Zoek nummer, rekening of naam</translation>
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
        <source>Pro forma...</source>
        <translation>Proforma...</translation>
    </message>
    <message>
        <source>Save the selected draft invoice as a pro forma invoice PDF</source>
        <translation>Het geselecteerde concept opslaan als PDF van een proformafactuur</translation>
    </message>
    <message>
        <source>Recurring invoices...</source>
        <translation>Periodieke facturen...</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Who posted, settled or reversed the selected document, and when</source>
        <translation>Wie het gekozen document heeft geboekt, vereffend of teruggeboekt, en wanneer</translation>
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
        <source>No document matches the filters. Clear filters shows them all.</source>
        <translation>Geen document voldoet aan de filters. Met Filters wissen worden ze allemaal getoond.</translation>
    </message>
    <message>
        <source>No invoices yet. Click New invoice (Ctrl+N) to write your first invoice.</source>
        <translation>Nog geen facturen. Klik op Nieuwe factuur (Ctrl+N) om uw eerste factuur te maken.</translation>
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
    <message numerus="yes">
        <source>Post %n invoice(s) for a total of %1?</source>
        <translation>
            <numerusform>%n factuur boeken voor een totaal van %1?</numerusform>
            <numerusform>%n facturen boeken voor een totaal van %1?</numerusform>
        </translation>
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
        <source>Draft %1</source>
        <translation>Concept %1</translation>
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
        <source>Save pro forma</source>
        <translation>Proforma opslaan</translation>
    </message>
    <message>
        <source>Printing the pro forma...</source>
        <translation>De proforma afdrukken...</translation>
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
    <name>ItemDialog</name>
    <message>
        <source>New item</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(the revenue account)</source>
        <translation>(de omzetrekening)</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Revenue account</source>
        <translation>Omzetrekening</translation>
    </message>
    <message>
        <source>type the price</source>
        <translation>typ de prijs</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Pay</source>
        <extracomment>The &quot;Held by&quot; column: shown only when an other journal line holds one of the items. marked_in text of the entry&apos;s own journal line: its items may be ticked again.</extracomment>
        <translation>Betalen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
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
        <source>Open balance</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>To pay now</source>
        <translation>Nu te betalen</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Vastgehouden door</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
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
        <source>An other unposted journal line holds this item: it cannot be paid here</source>
        <translation>Een andere niet-geboekte journaalregel houdt deze post vast: u kunt hem hier niet betalen</translation>
    </message>
    <message>
        <source>The open balance less the cash discount the payment date allows</source>
        <translation>Het openstaande saldo min de betalingskorting die de betalingsdatum toestaat</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Add line</source>
        <extracomment>Journals with more lines than this post in the background behind a busy bar. Confirms posting; tests replace it. The lines&apos; customers, looked up once each (the books may hold 100,000 customers).</extracomment>
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
    <name>LedgerJournalDialog</name>
    <message>
        <source>General journal</source>
        <extracomment>How many lines a voucher may have in the dialog.</extracomment>
        <translation>Memoriaal</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Kies een rekening</translation>
    </message>
    <message>
        <source>Post an accrual, a correction or a bank fee to the general ledger. Debits must equal credits. Customer balances change only through customer documents, so the receivable accounts are refused.</source>
        <translation>Boek een transitorische post, een correctie of bankkosten in het grootboek. Debet moet gelijk zijn aan credit. Klantsaldi veranderen alleen via klantdocumenten, dus de debiteurenrekeningen worden geweigerd.</translation>
    </message>
    <message>
        <source>for example Bank charges November</source>
        <translation>bijvoorbeeld Bankkosten november</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Total debit</source>
        <translation>Totaal debet</translation>
    </message>
    <message>
        <source>Total credit</source>
        <translation>Totaal credit</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Kies een rekening.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>LetterEditDialog</name>
    <message>
        <source>Letter %1 to %2</source>
        <translation>Aanmaning %1 aan %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
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
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Space ticks the item under the cursor. A letter keeps at least one item: cancel it instead.</source>
        <translation>Met de spatiebalk vinkt u de post onder de cursor aan. Een aanmaning houdt ten minste één post; annuleer anders de hele aanmaning.</translation>
    </message>
    <message>
        <source>type an amount; 0 charges no fee</source>
        <translation>typ een bedrag; bij 0 worden geen kosten berekend</translation>
    </message>
</context>
<context>
    <name>LetterSequenceDialog</name>
    <message>
        <source>New collection letter sequence</source>
        <extracomment>What may be typed in the fee cell for the statutory scale (besides the translated &quot;BIK scale&quot;).</extracomment>
        <translation>Nieuwe aanmaningsreeks</translation>
    </message>
    <message>
        <source>Collection letter sequence %1</source>
        <translation>Aanmaningsreeks %1</translation>
    </message>
    <message>
        <source>Per transaction</source>
        <translation>Per transactie</translation>
    </message>
    <message>
        <source>Per customer: one level</source>
        <translation>Per klant: één niveau</translation>
    </message>
    <message>
        <source>every currency</source>
        <translation>elke valuta</translation>
    </message>
    <message>
        <source>(the customer&apos;s)</source>
        <translation>(die van de klant)</translation>
    </message>
    <message>
        <source>Ignore open payments and credit notes</source>
        <translation>Openstaande betalingen en creditnota&apos;s negeren</translation>
    </message>
    <message>
        <source>They are then neither listed nor deducted from the overdue balance</source>
        <translation>Ze worden dan niet vermeld en niet van het vervallen saldo afgetrokken</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Aanmaningen</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Valuta&apos;s</translation>
    </message>
    <message>
        <source>Terms of the fee</source>
        <translation>Betalingsvoorwaarden kosten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Min. overdue</source>
        <translation>Min. vervallen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>BIK scale</source>
        <translation>BIK-staffel</translation>
    </message>
    <message>
        <source>Fee account</source>
        <translation>Kostenrekening</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokk.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Days: step 1 counts from the due date, later steps from the previous letter. Fee: an amount, or BIK scale for the statutory collection costs. Block: posting the letter puts the customer on hold.</source>
        <translation>Dagen: stap 1 telt vanaf de vervaldatum, latere stappen vanaf de vorige aanmaning. Kosten: een bedrag, of BIK-staffel voor de wettelijke incassokosten. Blokkade: het boeken van de aanmaning blokkeert de klant.</translation>
    </message>
    <message>
        <source>Steps (at most five)</source>
        <translation>Stappen (maximaal vijf)</translation>
    </message>
    <message>
        <source>Letter text of step %1 %2</source>
        <translation>Aanmaningstekst van stap %1 %2</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Aanmaningstekst</translation>
    </message>
</context>
<context>
    <name>LetterSequencesPage</name>
    <message>
        <source>Collection letter sequences</source>
        <translation>Aanmaningsreeksen</translation>
    </message>
    <message>
        <source>Up to five letters, each some days after the previous</source>
        <translation>Maximaal vijf aanmaningen, elk een aantal dagen na de vorige</translation>
    </message>
    <message>
        <source>Posting profiles...</source>
        <translation>Boekingsprofielen...</translation>
    </message>
    <message>
        <source>Which letter sequence each posting profile uses</source>
        <translation>Welke aanmaningsreeks elk boekingsprofiel gebruikt</translation>
    </message>
    <message>
        <source>Per transaction</source>
        <translation>Per transactie</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per klant</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Aanmaningen</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Valuta&apos;s</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Fee terms</source>
        <translation>Voorwaarden kosten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>%1 %2 d</source>
        <translation>%1 %2 d</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>BIK</translation>
    </message>
</context>
<context>
    <name>LetterTextEditor</name>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Insert default text</source>
        <translation>Standaardtekst invoegen</translation>
    </message>
    <message>
        <source>Start from ardesk&apos;s text for this step and language</source>
        <translation>Beginnen met de tekst van ardesk voor deze stap en taal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hoofdtekst</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Empty: ardesk&apos;s default text for the step is printed. The items, totals and the request to pay are printed between the body and the closing. A consumer first gets the 14-day letter (ardesk&apos;s text, stating the costs) before a step that charges collection costs.</source>
        <translation>Leeg: de standaardtekst van ardesk voor de stap wordt afgedrukt. De posten, totalen en het betalingsverzoek worden tussen de hoofdtekst en de afsluiting afgedrukt. Een consument krijgt eerst de 14-dagenbrief (tekst van ardesk, met vermelding van de kosten) vóór een stap die incassokosten in rekening brengt.</translation>
    </message>
    <message>
        <source>Enter or double-click: put the placeholder at the cursor</source>
        <translation>Enter of dubbelklik: de variabele op de cursorpositie invoegen</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Variabelen</translation>
    </message>
    <message>
        <source>Empty: ardesk&apos;s default text for this step is printed.</source>
        <translation>Leeg: de standaardtekst van ardesk voor deze stap wordt afgedrukt.</translation>
    </message>
    <message>
        <source>Replace the text typed here?</source>
        <translation>De hier getypte tekst vervangen?</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Collection letters</source>
        <translation>Aanmaningen</translation>
    </message>
    <message>
        <source>Reminders for overdue items: propose them as of a date, check, print and post</source>
        <translation>Herinneringen voor vervallen posten: per datum voorstellen, controleren, afdrukken en boeken</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Open the PDF (Enter)</source>
        <translation>De PDF openen (Enter)</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Wijzigen...</translation>
    </message>
    <message>
        <source>Change the fee or the items (F2)</source>
        <translation>De kosten of de posten wijzigen (F2)</translation>
    </message>
    <message>
        <source>Cancel letter</source>
        <translation>Aanmaning annuleren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <source>Save PDFs in a folder (Ctrl+P)</source>
        <translation>PDF&apos;s opslaan in een map (Ctrl+P)</translation>
    </message>
    <message>
        <source>Post...</source>
        <translation>Boeken...</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Reverse...</source>
        <translation>Terugboeken...</translation>
    </message>
    <message>
        <source>Take a posted letter back: its fee, block and steps</source>
        <translation>Een geboekte aanmaning terugboeken: de kosten, de blokkering en de stappen</translation>
    </message>
    <message>
        <source>Create collection letters</source>
        <translation>Aanmaningen maken</translation>
    </message>
    <message>
        <source>Create letters</source>
        <translation>Aanmaningen maken</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Aanmaningsdatum</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n aanmaning</numerusform>
            <numerusform>%n aanmaningen</numerusform>
        </translation>
    </message>
    <message>
        <source>No letters are due on this date.</source>
        <translation>Op deze datum zijn er geen aanmaningen nodig.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Teruggeboekt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Aanmaning</translation>
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
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>14-day letter</source>
        <translation>14-dagenbrief</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>State</source>
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
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Collection costs</source>
        <translation>Incassokosten</translation>
    </message>
    <message>
        <source>Interest note</source>
        <translation>Rentenota</translation>
    </message>
    <message>
        <source>Interest reinstated</source>
        <translation>Rente opnieuw ingevoerd</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
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
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Overdue %1 %2</source>
        <translation>Vervallen %1 %2</translation>
    </message>
    <message>
        <source>Fees %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Items of letter %1 to %2 %3 (sequence %4, step %5)</source>
        <translation>Posten van aanmaning %1 aan %2 %3 (reeks %4, stap %5)</translation>
    </message>
    <message>
        <source>A 14-day letter: it tells the consumer that collection costs of %1 will be charged if the items are not paid within 14 days. It charges nothing itself and does not move the step.</source>
        <translation>Een 14-dagenbrief: deze meldt de consument dat er %1 aan incassokosten in rekening wordt gebracht als de posten niet binnen 14 dagen zijn betaald. De brief brengt zelf niets in rekening en verschuift de stap niet.</translation>
    </message>
    <message>
        <source>Letter %1 changed.</source>
        <translation>Aanmaning %1 gewijzigd.</translation>
    </message>
    <message>
        <source>Cancel letters</source>
        <translation>Aanmaningen annuleren</translation>
    </message>
    <message>
        <source>Cancel %1 proposed letter(s)? Their numbers stay in the list as cancelled.</source>
        <translation>De voorgestelde aanmaningen (%1) annuleren? Hun nummers blijven als geannuleerd in de lijst staan.</translation>
    </message>
    <message>
        <source>Cancelling letters...</source>
        <translation>Aanmaningen annuleren...</translation>
    </message>
    <message>
        <source>Letters cancelled: %1.</source>
        <translation>Aanmaningen geannuleerd: %1.</translation>
    </message>
    <message>
        <source>Post letters</source>
        <translation>Aanmaningen boeken</translation>
    </message>
    <message>
        <source>Post %1 letter(s)? Collection costs of %2 in all are charged to the customers, and a step that blocks puts its customer on hold. The items move to the letter&apos;s step.</source>
        <translation>Aanmaningen boeken (%1)? In totaal wordt %2 aan incassokosten bij de klanten in rekening gebracht, en een stap met blokkering blokkeert de klant. De posten gaan naar de stap van de aanmaning.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Posting %1 letters...</source>
        <translation>Aanmaningen boeken (%1)...</translation>
    </message>
    <message>
        <source>Letters posted: %1.</source>
        <translation>Aanmaningen geboekt: %1.</translation>
    </message>
    <message>
        <source>Reverse letter</source>
        <translation>Aanmaning terugboeken</translation>
    </message>
    <message>
        <source>Reverse letter %1? Its collection costs are credited, a block it set is lifted and its items go back to the step they had, so the next run proposes that step again.</source>
        <translation>Aanmaning %1 terugboeken? De incassokosten worden gecrediteerd, een blokkering die ermee is ingesteld wordt opgeheven en de posten gaan terug naar hun vorige stap, zodat de volgende run die stap opnieuw voorstelt.</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Terugboeken</translation>
    </message>
    <message>
        <source>Reversing letter %1...</source>
        <translation>Aanmaning %1 terugboeken...</translation>
    </message>
    <message>
        <source>Letters reversed: %1.</source>
        <translation>Aanmaningen teruggeboekt: %1.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>Shown instead of the table when there are no rows (&quot;&quot; keeps the empty table): what to do next. Mark it QT_TRANSLATE_NOOP(&quot;ListPage&quot;, &quot;...&quot;); it is translated in that context when shown. (object: PySide6&apos;s stub types QT_TRANSLATE_NOOP as returning object; it returns the text, a str.)</extracomment>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>No ledger accounts yet. Click New to add the accounts AR posts to.</source>
        <translation>Nog geen grootboekrekeningen. Klik op Nieuw om de rekeningen toe te voegen waarop de debiteurenadministratie boekt.</translation>
    </message>
    <message>
        <source>No interest codes yet. Click Turn on the Dutch collection pack for the statutory interest codes, or New to add your own.</source>
        <translation>Nog geen rentecodes. Klik op Nederlands incassopakket inschakelen voor de wettelijke rentecodes, of op Nieuw om zelf codes toe te voegen.</translation>
    </message>
    <message>
        <source>No letter sequences yet. Click New to set up your reminders and notices, or turn on the Dutch collection pack under Interest codes.</source>
        <translation>Nog geen aanmaningsreeksen. Klik op Nieuw om uw herinneringen en aanmaningen in te stellen, of schakel het Nederlands incassopakket in onder Rentecodes.</translation>
    </message>
    <message>
        <source>No aging definitions yet. Click New to set the buckets (for example 1-30, 31-60, 61-90 and over 90 days).</source>
        <translation>Nog geen ouderdomsperiodedefinities. Klik op Nieuw om de perioden in te stellen (bijvoorbeeld 1-30, 31-60, 61-90 en meer dan 90 dagen).</translation>
    </message>
    <message>
        <source>No exchange rates. Only needed for invoices or payments in another currency: click New and enter the currency, the date from which the rate applies and the rate.</source>
        <translation>Geen wisselkoersen. Alleen nodig voor facturen of betalingen in een andere valuta: klik op Nieuw en voer de valuta, de datum waarop de koers ingaat en de koers in.</translation>
    </message>
    <message>
        <source>No customer groups yet. Click New to add one, for example NL for Dutch customers; every customer needs a group.</source>
        <translation>Nog geen klantgroepen. Klik op Nieuw om er een toe te voegen, bijvoorbeeld NL voor Nederlandse klanten; elke klant heeft een groep nodig.</translation>
    </message>
    <message>
        <source>No posting profiles yet. A posting profile says which summary account (debtors account) customer invoices post to; without one nothing can be posted.</source>
        <translation>Nog geen boekingsprofielen. Een boekingsprofiel bepaalt op welke verzamelrekening (debiteurenrekening) klantfacturen worden geboekt; zonder boekingsprofiel kan niets worden geboekt.</translation>
    </message>
    <message>
        <source>No terms of payment yet. Click New to add them, for example 14 or 30 days net, then choose them on a customer group.</source>
        <translation>Nog geen betalingsvoorwaarden. Klik op Nieuw om ze toe te voegen, bijvoorbeeld 14 of 30 dagen netto, en kies ze daarna bij een klantgroep.</translation>
    </message>
    <message>
        <source>No cash discount codes. A cash discount (for example 2 % within 8 days) is only needed if you reward customers who pay early.</source>
        <translation>Geen betalingskortingscodes. Een betalingskorting (bijvoorbeeld 2 % binnen 8 dagen) is alleen nodig als u klanten beloont die vroeg betalen.</translation>
    </message>
    <message>
        <source>No sales tax codes. Invoice lines need a sales tax code (BTW) with its percentage and tax account.</source>
        <translation>Geen btw-codes. Factuurregels hebben een btw-code nodig met het percentage en de btw-rekening.</translation>
    </message>
    <message>
        <source>No methods of payment. Payments need a method (bank transfer, direct debit, cash) with the account that receives the money.</source>
        <translation>Geen betalingsmethoden. Betalingen hebben een methode nodig (overboeking, incasso, contant) met de rekening waarop het geld binnenkomt.</translation>
    </message>
    <message>
        <source>No charge codes yet. A charge code (freight, packing, an administration fee) adds a charge to an invoice and posts it to its own revenue account. Click New to add one.</source>
        <translation>Nog geen toeslagcodes. Een toeslagcode (vracht, verpakking, administratiekosten) voegt een toeslag toe aan een factuur en boekt die op een eigen opbrengstrekening. Klik op Nieuw om er een toe te voegen.</translation>
    </message>
    <message>
        <source>No number sequences. They are made with the company; numbers are given when documents are posted.</source>
        <translation>Geen nummerreeksen. Ze worden met het bedrijf aangemaakt; nummers worden toegekend wanneer documenten worden geboekt.</translation>
    </message>
    <message>
        <source>Nothing in the audit trail matches these filters.</source>
        <translation>Niets in de audittrail past bij deze filters.</translation>
    </message>
    <message>
        <source>No bills of exchange yet. Click Draw to draw bills on customers for their open invoices.</source>
        <translation>Nog geen wissels. Klik op Trekken om wissels op klanten te trekken voor hun openstaande facturen.</translation>
    </message>
    <message>
        <source>No card payments yet. Click Authorize to reserve an amount on a customer&apos;s card; capture it when you invoice or deliver.</source>
        <translation>Nog geen kaartbetalingen. Klik op Autoriseren om een bedrag op de kaart van een klant te reserveren; schrijf het af als u factureert of levert.</translation>
    </message>
    <message>
        <source>No direct debit mandates. Click New mandate to enter one a customer signed (or to print the form for the customer to sign): direct debit runs collect the invoices of customers with an active mandate.</source>
        <translation>Geen incassomachtigingen. Klik op Nieuwe machtiging om een machtiging in te voeren die een klant heeft getekend (of om het formulier af te drukken dat de klant tekent): incasso-opdrachten incasseren de facturen van klanten met een actieve machtiging.</translation>
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
        <source>Read only: your database role may only read these books</source>
        <translation>Alleen lezen: uw databaserol mag deze administratie alleen inzien</translation>
    </message>
    <message>
        <source>(read only)</source>
        <translation>(alleen lezen)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Grootboek</translation>
    </message>
    <message>
        <source>General journal...</source>
        <translation>Memoriaal...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>Help bij deze pagina</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>Inhoudsopgave van Help</translation>
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
    <name>MandateActionDialog</name>
    <message>
        <source>Sign mandate %1</source>
        <translation>Machtiging %1 ondertekenen</translation>
    </message>
    <message>
        <source>New account for mandate %1</source>
        <translation>Nieuwe rekening voor machtiging %1</translation>
    </message>
    <message>
        <source>Cancel mandate %1</source>
        <translation>Machtiging %1 annuleren</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <source>New IBAN</source>
        <translation>Nieuwe IBAN</translation>
    </message>
    <message>
        <source>New BIC</source>
        <translation>Nieuwe BIC</translation>
    </message>
    <message>
        <source>e.g. revoked by the customer</source>
        <translation>bijv. ingetrokken door de klant</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Geannuleerd op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel mandate</source>
        <translation>Machtiging annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>New direct debit mandate</source>
        <translation>Nieuwe incassomachtiging</translation>
    </message>
    <message>
        <source>Optional, e.g. ABNANL2A</source>
        <translation>Optioneel, bijv. ABNANL2A</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Doorlopend</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>For a recurring mandate that ends: the number of collections</source>
        <translation>Voor een doorlopende machtiging die afloopt: het aantal incasso&apos;s</translation>
    </message>
    <message>
        <source>Signed by the customer on</source>
        <translation>Door de klant getekend op</translation>
    </message>
    <message>
        <source>Where the customer signed</source>
        <translation>Waar de klant heeft getekend</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Expected collections</source>
        <translation>Verwachte incasso&apos;s</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Leave the signature unticked to print the form first: the mandate stays new until it is signed.</source>
        <translation>Laat de handtekening uit om eerst het formulier af te drukken: de machtiging blijft nieuw tot zij is getekend.</translation>
    </message>
</context>
<context>
    <name>MandatesPage</name>
    <message>
        <source>New (not signed)</source>
        <extracomment>The states a mandate can be in (ardesk.services.sepa.mandate_rules.STATUSES), as the filter offers them. The column of the IBAN in the list (widened to the longest one loaded). Mandates that can still be used or signed: the actions on them are enabled.</extracomment>
        <translation>Nieuw (niet getekend)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Doorlopend</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Core (consumers and businesses)</source>
        <translation>Core (consumenten en bedrijven)</translation>
    </message>
    <message>
        <source>B2B (businesses only, no refund)</source>
        <translation>B2B (alleen bedrijven, geen terugboeking)</translation>
    </message>
    <message>
        <source>COR1 (Core, one-day lead time)</source>
        <translation>COR1 (Core, één dag aanlevertermijn)</translation>
    </message>
    <message>
        <source>Direct debit mandates</source>
        <translation>Incassomachtigingen</translation>
    </message>
    <message>
        <source>The customers&apos; SEPA mandates: who may be collected from, from which account and how often</source>
        <translation>De SEPA-machtigingen van de klanten: bij wie mag worden geïncasseerd, van welke rekening en hoe vaak</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Runs a dialog (tests replace it to drive the dialog). Asks where to save the mandate form (None: cancelled); tests replace it.</extracomment>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>New mandate...</source>
        <translation>Nieuwe machtiging...</translation>
    </message>
    <message>
        <source>Sign...</source>
        <translation>Tekenen...</translation>
    </message>
    <message>
        <source>Amend IBAN...</source>
        <translation>IBAN wijzigen...</translation>
    </message>
    <message>
        <source>Cancel...</source>
        <translation>Annuleren...</translation>
    </message>
    <message>
        <source>Print mandate form...</source>
        <translation>Formulier (pdf)...</translation>
    </message>
    <message>
        <source>Enter the date the customer signed the mandate</source>
        <translation>Vul de datum in waarop de klant de machtiging heeft getekend</translation>
    </message>
    <message>
        <source>The customer collects from another account under the same mandate</source>
        <translation>De klant betaalt onder dezelfde machtiging van een andere rekening</translation>
    </message>
    <message>
        <source>The customer revoked the mandate: it can no longer be used</source>
        <translation>De klant heeft de machtiging ingetrokken: ze kan niet meer worden gebruikt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Incasso&apos;s</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Next collection</source>
        <translation>Volgende incasso</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>doorlopend</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation>%1, laatste %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mandate(s)</source>
        <translation>
            <numerusform>%n machtiging</numerusform>
            <numerusform>%n machtigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandate %1 of %2 created.</source>
        <translation>Machtiging %1 van %2 aangemaakt.</translation>
    </message>
    <message>
        <source>Mandate %1 signed: it is active.</source>
        <translation>Machtiging %1 getekend: ze is actief.</translation>
    </message>
    <message>
        <source>Mandate %1 now collects from %2; the next collection tells the bank.</source>
        <translation>Machtiging %1 incasseert nu van %2; de volgende incasso meldt dit aan de bank.</translation>
    </message>
    <message>
        <source>Mandate %1 cancelled.</source>
        <translation>Machtiging %1 geannuleerd.</translation>
    </message>
    <message>
        <source>Print mandate form</source>
        <translation>Machtigingsformulier afdrukken</translation>
    </message>
    <message>
        <source>Mandate form %1 saved to %2.</source>
        <translation>Machtigingsformulier %1 opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Save mandate form</source>
        <translation>Machtigingsformulier opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MethodOfPaymentDialog</name>
    <message>
        <source>New method of payment</source>
        <translation>Nieuwe betalingsmethode</translation>
    </message>
    <message>
        <source>Method of payment %1</source>
        <translation>Betalingsmethode %1</translation>
    </message>
    <message>
        <source>for example Bank transfer</source>
        <translation>bijvoorbeeld Bankoverschrijving</translation>
    </message>
    <message>
        <source>(by payment type)</source>
        <translation>(volgens betalingstype)</translation>
    </message>
    <message>
        <source>Direct debit: collect with a SEPA mandate</source>
        <translation>Incasso: innen met een SEPA-machtiging</translation>
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
        <translation>Debiteuren</translation>
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
        <source>Recurring invoices</source>
        <translation>Periodieke facturen</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Verkooporders</translation>
    </message>
    <message>
        <source>Credit and collections</source>
        <translation>Krediet en incasso</translation>
    </message>
    <message>
        <source>Collection letters</source>
        <translation>Aanmaningen</translation>
    </message>
    <message>
        <source>Interest notes</source>
        <translation>Rentenota&apos;s</translation>
    </message>
    <message>
        <source>Customer statements</source>
        <translation>Rekeningoverzichten</translation>
    </message>
    <message>
        <source>Aging report</source>
        <translation>Ouderdomsanalyse</translation>
    </message>
    <message>
        <source>Payments and settlements</source>
        <translation>Betalingen en vereffeningen</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bankafschriften</translation>
    </message>
    <message>
        <source>Direct debit mandates</source>
        <translation>Incassomachtigingen</translation>
    </message>
    <message>
        <source>Direct debit runs</source>
        <translation>Incasso-opdrachten</translation>
    </message>
    <message>
        <source>Bills of exchange</source>
        <translation>Wissels</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Kaartbetalingen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Einde periode</translation>
    </message>
    <message>
        <source>Period close</source>
        <translation>Periodeafsluiting</translation>
    </message>
    <message>
        <source>Receivables reconciliation</source>
        <translation>Aansluiting debiteuren</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
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
        <translation>Betalingskortingen</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Charge codes</source>
        <translation>Toeslagcodes</translation>
    </message>
    <message>
        <source>Methods of payment</source>
        <translation>Betalingsmethoden</translation>
    </message>
    <message>
        <source>Interest codes</source>
        <translation>Rentecodes</translation>
    </message>
    <message>
        <source>Letter sequences</source>
        <translation>Aanmaningsreeksen</translation>
    </message>
    <message>
        <source>Aging definitions</source>
        <translation>Ouderdomsperioden</translation>
    </message>
    <message>
        <source>Number sequences</source>
        <translation>Nummerreeksen</translation>
    </message>
    <message>
        <source>Ledger accounts</source>
        <translation>Grootboekrekeningen</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wisselkoersen</translation>
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
        <source>Enter the company whose customers you keep in these books. Its name, address, KvK and VAT numbers and bank account print on every invoice; you can change them later under Set up &gt; Company.</source>
        <translation>Voer het bedrijf in waarvan u de klanten in deze administratie bijhoudt. De naam, het adres, het KvK- en btw-nummer en de bankrekening staan op elke factuur; u kunt ze later wijzigen onder Instellen &gt; Bedrijf.</translation>
    </message>
    <message>
        <source>Create company</source>
        <translation>Bedrijf aanmaken</translation>
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
        <translation>Boekstuk betalingskorting</translation>
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
        <source>Bill of exchange voucher</source>
        <translation>Boekstuk wissel</translation>
    </message>
    <message>
        <source>Direct debit run</source>
        <translation>Incasso-opdracht</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Kaartbetaling</translation>
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
    <name>NumberSequenceDialog</name>
    <message>
        <source>Number sequence: %1</source>
        <translation>Nummerreeks: %1</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> cijfers</translation>
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
        <source>Width</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Volgend nummer</translation>
    </message>
    <message>
        <source>The next number can only be raised: a number already given is never given again.</source>
        <translation>Het volgende nummer kan alleen worden verhoogd: een nummer dat al is toegekend, wordt nooit opnieuw toegekend.</translation>
    </message>
    <message>
        <source>The next document gets %1</source>
        <translation>Het volgende document krijgt %1</translation>
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
    <name>Numbers</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is geen getal</translation>
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
        <source>Company</source>
        <translation>Bedrijf</translation>
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
betalingskorting</translation>
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
        <translation>Betalingskorting
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
        <translation>Typ het ontvangen bedrag dat u aan dit document toewijst; laat leeg voor het volledige openstaande bedrag na aftrek van de betalingskorting</translation>
    </message>
    <message>
        <source>The credit note&apos;s own cash discount: it refunds this much less, and the cash discount the customer took is given back</source>
        <translation>De eigen betalingskorting van de creditnota: er wordt zoveel minder terugbetaald en de betalingskorting die de klant nam, wordt teruggeboekt</translation>
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
    <name>OrderDialog</name>
    <message>
        <source>New sales order</source>
        <translation>Nieuwe verkooporder</translation>
    </message>
    <message>
        <source>the customer&apos;s order number</source>
        <translation>het ordernummer van de klant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
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
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>There are no items yet: type a description and a price per line.</source>
        <translation>Er zijn nog geen artikelen: typ per regel een omschrijving en een prijs.</translation>
    </message>
    <message>
        <source>(free text)</source>
        <translation>(vrije tekst)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>choose a customer</source>
        <translation>kies een klant</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>Emitted when the page has (re)loaded its data; the self-test waits for it.</extracomment>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Accounts receivable parameters</source>
        <extracomment>The input widgets of the parameters. The widest range of business dates set_parameters accepts (services.text DATE_FLOOR, DATE_CEILING).</extracomment>
        <translation>Parameters van module Klanten</translation>
    </message>
    <message>
        <source>Defaults and rules for posting, settlement and collections</source>
        <translation>Standaardwaarden en regels voor boeken, vereffenen en incasso</translation>
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
        <source>The summary account of invoices and payments, unless the customer says otherwise.</source>
        <translation>De verzamelrekening voor facturen en betalingen, tenzij bij de klant iets anders is ingesteld.</translation>
    </message>
    <message>
        <source>Posting profile for prepayments</source>
        <translation>Boekingsprofiel voor vooruitbetalingen</translation>
    </message>
    <message>
        <source>Used for payments received before the invoice.</source>
        <translation>Gebruikt voor betalingen die vóór de factuur zijn ontvangen.</translation>
    </message>
    <message>
        <source>Default sales tax</source>
        <translation>Standaard-btw</translation>
    </message>
    <message>
        <source>Proposed on new invoice lines whose customer or item gives no other code.</source>
        <translation>Voorgesteld op nieuwe factuurregels waarvan de klant of het artikel geen andere code geeft.</translation>
    </message>
    <message>
        <source>Payment reference on invoices</source>
        <translation>Betalingskenmerk op facturen</translation>
    </message>
    <message>
        <source>Creditor reference (RF, ISO 11649)</source>
        <translation>Crediteurenreferentie (RF, ISO 11649)</translation>
    </message>
    <message>
        <source>Betalingskenmerk (16 digits)</source>
        <translation>Betalingskenmerk (16 cijfers)</translation>
    </message>
    <message>
        <source>Printed under the request to pay; a bank statement line that names it is matched.</source>
        <translation>Staat onder het betaalverzoek; een bankafschriftregel die het noemt, wordt gekoppeld.</translation>
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
        <source>Settle a payment against the oldest open invoices when none is marked.</source>
        <translation>Een betaling met de oudste openstaande facturen vereffenen als er niets is gemarkeerd.</translation>
    </message>
    <message>
        <source>Prioritize settlement</source>
        <translation>Vereffening prioriteren</translation>
    </message>
    <message>
        <source>Settle the transaction types below first, in their order (Mark by priority).</source>
        <translation>De transactiesoorten hieronder eerst vereffenen, in hun volgorde (Markeren op prioriteit).</translation>
    </message>
    <message>
        <source>Settlement priority</source>
        <translation>Vereffeningsprioriteit</translation>
    </message>
    <message>
        <source>Clearing order</source>
        <translation>Toerekeningsvolgorde</translation>
    </message>
    <message>
        <source>By due date or priority</source>
        <translation>Op vervaldatum of prioriteit</translation>
    </message>
    <message>
        <source>Legal: costs, then interest, then principal</source>
        <translation>Wettelijk: kosten, dan rente, dan hoofdsom</translation>
    </message>
    <message>
        <source>The legal order of art. 6:44 BW applies a payment to collection costs first.</source>
        <translation>Volgens de wettelijke volgorde van art. 6:44 BW gaat een betaling eerst naar de incassokosten.</translation>
    </message>
    <message>
        <source>Cash discount administration</source>
        <translation>Beheer van betalingskorting</translation>
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
        <source>Specific: a discount taken is posted to the invoice&apos;s own discount account.</source>
        <translation>Specifiek: een toegepaste korting wordt geboekt op de eigen kortingsrekening van de factuur.</translation>
    </message>
    <message>
        <source>Calculate cash discounts for partial payments</source>
        <translation>Betalingskorting berekenen voor deelbetalingen</translation>
    </message>
    <message>
        <source>Calculate cash discounts for credit notes</source>
        <translation>Betalingskorting berekenen voor creditnota&apos;s</translation>
    </message>
    <message>
        <source>Maximum penny difference</source>
        <translation>Maximaal afrondingsverschil</translation>
    </message>
    <message>
        <source>A smaller difference closes the invoice and is posted as a penny difference.</source>
        <translation>Bij een kleiner verschil wordt de factuur gesloten en het verschil als afrondingsverschil geboekt.</translation>
    </message>
    <message>
        <source>Maximum overpayment or underpayment</source>
        <translation>Maximale over- of onderbetaling</translation>
    </message>
    <message>
        <source>A smaller difference closes the invoice and is posted as over- or underpayment.</source>
        <translation>Bij een kleiner verschil wordt de factuur gesloten en het verschil als over- of onderbetaling geboekt.</translation>
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
        <source>Your incassant-ID, for example NL57ZZZ999999999999; needed for direct debits.</source>
        <translation>Uw incassant-ID, bijvoorbeeld NL57ZZZ999999999999; nodig voor incasso&apos;s.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Balance: posting an invoice checks the open balance plus the invoice.</source>
        <translation>Saldo: bij het boeken van een factuur wordt het openstaande saldo plus de factuur gecontroleerd.</translation>
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
        <source>Customer: every overdue item of a customer goes on the same letter.</source>
        <translation>Klant: alle vervallen posten van een klant komen op dezelfde aanmaning.</translation>
    </message>
    <message>
        <source>Interest on invoices paid late</source>
        <translation>Rente op te laat betaalde facturen</translation>
    </message>
    <message>
        <source>Charge interest up to the payment day on invoices already paid, but late.</source>
        <translation>Rente tot de betaaldag berekenen over facturen die al betaald zijn, maar te laat.</translation>
    </message>
    <message>
        <source>Minimum reimbursement</source>
        <translation>Minimale terugbetaling</translation>
    </message>
    <message>
        <source>The smallest credit balance proposed for a refund.</source>
        <translation>Het kleinste creditsaldo dat voor terugbetaling wordt voorgesteld.</translation>
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
        <source>Otherwise a batch posts every invoice it can and lists the others.</source>
        <translation>Anders boekt een batch alle facturen die geboekt kunnen worden en worden de overige vermeld.</translation>
    </message>
    <message>
        <source>Business dates</source>
        <translation>Boekingsdatums</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Vroegste datum</translation>
    </message>
    <message>
        <source>A document, payment or settlement dated before it is refused (a mistyped year).</source>
        <translation>Een document, betaling of vereffening met een eerdere datum wordt geweigerd (een verkeerd getypt jaar).</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <source>A document, payment or settlement dated after it is refused (a mistyped year).</source>
        <translation>Een document, betaling of vereffening met een latere datum wordt geweigerd (een verkeerd getypt jaar).</translation>
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
        <source>(none)</source>
        <translation>(geen)</translation>
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
    <name>PaymentKind</name>
    <message>
        <source>Electronic payment</source>
        <extracomment>Payment kinds (services.setup.PAYMENT_KINDS) in words, in the &quot;PaymentKind&quot; context.</extracomment>
        <translation>Elektronische betaling</translation>
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
        <source>Bill of exchange</source>
        <translation>Wissel</translation>
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
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <source>Open items or transactions as an Excel workbook or a CSV file</source>
        <translation>Openstaande posten of transacties als Excel-werkmap of CSV-bestand</translation>
    </message>
    <message>
        <source>Open items of all customers...</source>
        <translation>Openstaande posten van alle klanten...</translation>
    </message>
    <message>
        <source>Transactions of all customers...</source>
        <translation>Transacties van alle klanten...</translation>
    </message>
    <message>
        <source>Transactions of the customer shown...</source>
        <translation>Transacties van de getoonde klant...</translation>
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
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Who posted, settled or reversed the selected payment, and when</source>
        <translation>Wie de gekozen betaling heeft geboekt, vereffend of teruggeboekt, en wanneer</translation>
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
        <source>open-items-%1</source>
        <translation>openstaande-posten-%1</translation>
    </message>
    <message>
        <source>Export the open items as</source>
        <translation>Openstaande posten exporteren als</translation>
    </message>
    <message>
        <source>transactions-%1</source>
        <translation>transacties-%1</translation>
    </message>
    <message>
        <source>Export the transactions as</source>
        <translation>Transacties exporteren als</translation>
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
        <source>No payments yet. When a customer pays, click Enter customer payment.</source>
        <translation>Nog geen betalingen. Klik op Klantbetaling invoeren als een klant betaalt.</translation>
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
    <name>PeriodClosePage</name>
    <message>
        <source>Period close</source>
        <translation>Periodeafsluiting</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Asks Yes/No before closing a month; tests replace it. Reasons typed for red lines, per month, until the month is closed (then the books keep them).</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <extracomment>How many calendar years back the chooser goes without fiscal years (more when older months are known). Checklist lines the books never let pass: a difference in the books themselves (services.close_checklist). The checklist&apos;s page names (Checklist.lines[].page) where the navigation names the page differently. The navigation&apos;s labels of those pages (views.navigation.SECTIONS; not imported: the navigation imports this page), translated in its &quot;Navigation&quot; context. The primary button&apos;s look when it cannot be pressed (the theme styles only the enabled one).</extracomment>
        <translation>Heropend: %1</translation>
    </message>
    <message>
        <source>Let pass...</source>
        <translation>Laten passeren...</translation>
    </message>
    <message>
        <source>Work through the checklist of a month, then close it: postings dated in a closed month are refused.</source>
        <translation>Werk de controlelijst van een maand af en sluit de maand dan af: boekingen met een datum in een afgesloten maand worden geweigerd.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Conceptfacturen</translation>
    </message>
    <message>
        <source>Packing slips to invoice</source>
        <translation>Te factureren pakbonnen</translation>
    </message>
    <message>
        <source>Recurring invoices</source>
        <translation>Periodieke facturen</translation>
    </message>
    <message>
        <source>Payment journals</source>
        <translation>Betalingsjournalen</translation>
    </message>
    <message>
        <source>Collection letters and interest notes</source>
        <translation>Aanmaningen en rentenota&apos;s</translation>
    </message>
    <message>
        <source>Reconciliation with the ledger</source>
        <translation>Aansluiting met het grootboek</translation>
    </message>
    <message>
        <source>Aged balance</source>
        <translation>Ouderdomssaldo</translation>
    </message>
    <message>
        <source>New fiscal year...</source>
        <translation>Nieuw boekjaar...</translation>
    </message>
    <message>
        <source>General journal...</source>
        <translation>Memoriaal...</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Boekjaar</translation>
    </message>
    <message>
        <source>Checking the books...</source>
        <translation>De administratie controleren...</translation>
    </message>
    <message>
        <source>Reopen...</source>
        <translation>Heropenen...</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Blokkeren</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Maand afsluiten</translation>
    </message>
    <message>
        <source>%1 (calendar year)</source>
        <translation>%1 (kalenderjaar)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ga naar %1</translation>
    </message>
    <message>
        <source>Let pass at the close: %1</source>
        <translation>Bij de afsluiting laten passeren: %1</translation>
    </message>
    <message>
        <source>Let pass: %1</source>
        <translation>Laten passeren: %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>The customer transactions agree with the general ledger on every receivable account.</source>
        <translation>De klanttransacties sluiten op elke debiteurenrekening aan op het grootboek.</translation>
    </message>
    <message numerus="yes">
        <source>%n receivable account(s) differ from the general ledger, by %1 in all. Resolve the difference before the close.</source>
        <translation>
            <numerusform>%n debiteurenrekening wijkt %1 af van het grootboek. Los het verschil op vóór de afsluiting.</numerusform>
            <numerusform>%n debiteurenrekeningen wijken in totaal %1 af van het grootboek. Los het verschil op vóór de afsluiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>The aged balance adds up to %1, the total of the open customer transactions.</source>
        <translation>Het ouderdomssaldo komt uit op %1, het totaal van de openstaande klanttransacties.</translation>
    </message>
    <message>
        <source>The aged balance adds up to %1, the open customer transactions to %2. Resolve the difference before the close.</source>
        <translation>Het ouderdomssaldo komt uit op %1, de openstaande klanttransacties op %2. Los het verschil op vóór de afsluiting.</translation>
    </message>
    <message>
        <source>No draft invoices or credit notes dated on or before %1.</source>
        <translation>Geen conceptfacturen of -creditnota&apos;s met een datum t/m %1.</translation>
    </message>
    <message>
        <source>Every packing slip delivered by %1 is invoiced.</source>
        <translation>Elke pakbon die t/m %1 is geleverd, is gefactureerd.</translation>
    </message>
    <message>
        <source>Every recurring invoice due by %1 has been made.</source>
        <translation>Elke periodieke factuur die t/m %1 aan de beurt was, is gemaakt.</translation>
    </message>
    <message>
        <source>No unposted payment journal has payments dated on or before %1.</source>
        <translation>Geen enkel niet-geboekt betalingsjournaal heeft betalingen met een datum t/m %1.</translation>
    </message>
    <message>
        <source>No collection letters or interest notes are waiting as of %1.</source>
        <translation>Per %1 wachten er geen aanmaningen of rentenota&apos;s.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft invoice(s) or credit note(s) dated on or before %1.</source>
        <translation>
            <numerusform>%n conceptfactuur of -creditnota met een datum t/m %1.</numerusform>
            <numerusform>%n conceptfacturen of -creditnota&apos;s met een datum t/m %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packing slip(s) delivered by %1 still waiting for an invoice.</source>
        <translation>
            <numerusform>%n pakbon die t/m %1 is geleverd, wacht nog op een factuur.</numerusform>
            <numerusform>%n pakbonnen die t/m %1 zijn geleverd, wachten nog op een factuur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring invoice(s) due by %1 not yet made.</source>
        <translation>
            <numerusform>%n periodieke factuur die t/m %1 aan de beurt was, is nog niet gemaakt.</numerusform>
            <numerusform>%n periodieke facturen die t/m %1 aan de beurt waren, zijn nog niet gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unposted payment journal(s) with payments dated on or before %1.</source>
        <translation>
            <numerusform>%n niet-geboekt betalingsjournaal met betalingen gedateerd t/m %1.</numerusform>
            <numerusform>%n niet-geboekte betalingsjournalen met betalingen gedateerd t/m %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection letter(s) or interest note(s) to create or post as of %1.</source>
        <translation>
            <numerusform>%n aanmaning of rentenota per %1 aan te maken of te boeken.</numerusform>
            <numerusform>%n aanmaningen of rentenota&apos;s per %1 aan te maken of te boeken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the books as of %1...</source>
        <translation>De administratie per %1 controleren...</translation>
    </message>
    <message>
        <source>The month is closed: postings dated in it are refused. Reopen it with a reason to correct it.</source>
        <translation>De maand is afgesloten: boekingen met een datum in deze maand worden geweigerd. Heropen de maand met een reden om iets te corrigeren.</translation>
    </message>
    <message>
        <source>The month is on hold: postings dated in it are refused until it is released.</source>
        <translation>De maand is geblokkeerd: boekingen met een datum in deze maand worden geweigerd totdat de maand is vrijgegeven.</translation>
    </message>
    <message>
        <source>Every line is green or let pass: the month can be closed.</source>
        <translation>Elke regel is groen of mag passeren: de maand kan worden afgesloten.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still open: resolve them, or let them pass with a reason.</source>
        <translation>
            <numerusform>%n regel staat nog open: los hem op of laat hem passeren met een reden.</numerusform>
            <numerusform>%n regels staan nog open: los ze op of laat ze passeren met een reden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgeven</translation>
    </message>
    <message>
        <source>The month can be closed with this line open. Say why; the reason is kept with the month.</source>
        <translation>De maand kan worden afgesloten terwijl deze regel openstaat. Geef aan waarom; de reden wordt bij de maand bewaard.</translation>
    </message>
    <message>
        <source>Let pass</source>
        <translation>Laten passeren</translation>
    </message>
    <message>
        <source>for example two drafts wait for the customer&apos;s order number</source>
        <translation>bijvoorbeeld twee concepten wachten op het ordernummer van de klant</translation>
    </message>
    <message>
        <source>Close %1? Invoices, payments and settlements dated from %2 to %3 will be refused until the month is reopened.</source>
        <translation>%1 afsluiten? Facturen, betalingen en vereffeningen met een datum van %2 t/m %3 worden geweigerd totdat de maand wordt heropend.</translation>
    </message>
    <message>
        <source>The month has not ended yet.</source>
        <translation>De maand is nog niet voorbij.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 afsluiten</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 is afgesloten.</translation>
    </message>
    <message>
        <source>%1 is on hold: postings dated in it are refused until it is released.</source>
        <translation>%1 is geblokkeerd: boekingen met een datum in die maand worden geweigerd totdat de maand is vrijgegeven.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 is weer open.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>%1 heropenen</translation>
    </message>
    <message>
        <source>Postings dated in %1 will be accepted again. Say why the month is reopened.</source>
        <translation>Boekingen met een datum in %1 worden weer geaccepteerd. Geef aan waarom de maand wordt heropend.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>for example a late credit note for an October delivery</source>
        <translation>bijvoorbeeld een late creditnota voor een levering in oktober</translation>
    </message>
    <message>
        <source>%1 is reopened.</source>
        <translation>%1 is heropend.</translation>
    </message>
    <message>
        <source>Fiscal year %1 is created.</source>
        <translation>Boekjaar %1 is aangemaakt.</translation>
    </message>
    <message>
        <source>Voucher %1 is posted.</source>
        <translation>Boekstuk %1 is geboekt.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>the customer&apos;s name</source>
        <extracomment>(subject, body, closing) of one step in one language; (&quot;&quot;, &quot;&quot;, &quot;&quot;) prints ardesk&apos;s default text. The API&apos;s descriptions of the placeholders (ardesk.api Company.letter_placeholders), for the Dutch UI.</extracomment>
        <translation>de naam van de klant</translation>
    </message>
    <message>
        <source>the customer number</source>
        <translation>het klantnummer</translation>
    </message>
    <message>
        <source>the letter&apos;s number</source>
        <translation>het nummer van de aanmaning</translation>
    </message>
    <message>
        <source>the letter date</source>
        <translation>de datum van de aanmaning</translation>
    </message>
    <message>
        <source>the overdue total of the listed items</source>
        <translation>het vervallen totaal van de vermelde posten</translation>
    </message>
    <message>
        <source>the collection costs charged with this letter</source>
        <translation>de incassokosten die met deze aanmaning in rekening worden gebracht</translation>
    </message>
    <message>
        <source>the open interest of the customer</source>
        <translation>de openstaande rente van de klant</translation>
    </message>
    <message>
        <source>the total due: overdue + fee + interest</source>
        <translation>het totaal verschuldigde: vervallen + kosten + rente</translation>
    </message>
    <message>
        <source>the amount to pay (the same as {total})</source>
        <translation>het te betalen bedrag (gelijk aan {total})</translation>
    </message>
    <message>
        <source>the collection costs the BIK scale gives for the overdue principal (stated by the 14-day letter)</source>
        <translation>de incassokosten volgens de BIK-staffel over de vervallen hoofdsom (vermeld in de 14-dagenbrief)</translation>
    </message>
    <message>
        <source>the date the letter asks payment by</source>
        <translation>de datum waarop de aanmaning uiterlijk betaling vraagt</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>de naam van het bedrijf</translation>
    </message>
    <message>
        <source>the company&apos;s IBAN, in groups of four</source>
        <translation>de IBAN van het bedrijf, in groepjes van vier</translation>
    </message>
    <message>
        <source>what the customer mentions when paying</source>
        <translation>wat de klant bij betaling vermeldt</translation>
    </message>
</context>
<context>
    <name>PostingProfileDialog</name>
    <message>
        <source>New posting profile</source>
        <translation>Nieuw boekingsprofiel</translation>
    </message>
    <message>
        <source>Posting profile %1</source>
        <translation>Boekingsprofiel %1</translation>
    </message>
    <message>
        <source>for example Trade debtors</source>
        <translation>bijvoorbeeld Handelsdebiteuren</translation>
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
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Customer or group</source>
        <translation>Klant of groep</translation>
    </message>
    <message>
        <source>Summary account</source>
        <translation>Verzamelrekening</translation>
    </message>
    <message>
        <source>Write-off account</source>
        <translation>Afboekingsrekening</translation>
    </message>
    <message>
        <source>Add line</source>
        <extracomment>Per line: scope, who (a CustomerPicker for one customer, else a combo of groups), account, write-off.</extracomment>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>A customer&apos;s transactions post to the summary account of the line for that customer, else of the line for its group, else of the line for all customers. The write-off account overrides the company&apos;s for write-offs of those transactions.</source>
        <translation>De transacties van een klant worden geboekt op de verzamelrekening van de regel voor die klant, anders van de regel voor zijn groep, anders van de regel voor alle klanten. De afboekingsrekening vervangt die van het bedrijf bij afboekingen van die transacties.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <source>(the company&apos;s)</source>
        <translation>(die van het bedrijf)</translation>
    </message>
    <message>
        <source>account or name</source>
        <translation>klantnummer of naam</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Regel %1</translation>
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
        <source>Interest and letters...</source>
        <translation>Rente en aanmaningen...</translation>
    </message>
    <message>
        <source>Which interest code and letter sequence each profile uses</source>
        <translation>Welke rentecode en aanmaningsreeks elk profiel gebruikt</translation>
    </message>
    <message>
        <source>(write-off %1)</source>
        <translation>(afboeking %1)</translation>
    </message>
    <message>
        <source>Summary accounts</source>
        <translation>Verzamelrekeningen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Posting profile</source>
        <translation>Boekingsprofiel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>PostingScope</name>
    <message>
        <source>One customer</source>
        <extracomment>The API&apos;s name of each column&apos;s value in a line (lines[2].account ...). Scopes of a line in words, in the &quot;PostingScope&quot; context; the most specific line wins.</extracomment>
        <translation>Eén klant</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
</context>
<context>
    <name>PriorityList</name>
    <message>
        <source>Fees and collection costs</source>
        <extracomment>The open debits a payment can be settled against, in the order the list offers them (DOMAIN 4.9); translated in the &quot;PriorityList&quot; context.</extracomment>
        <translation>Kosten en incassokosten</translation>
    </message>
    <message>
        <source>Interest notes</source>
        <translation>Rentenota&apos;s</translation>
    </message>
    <message>
        <source>Reinstated interest</source>
        <translation>Opnieuw ingevoerde rente</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>ProfileCollectionsDialog</name>
    <message>
        <source>Interest and letters per posting profile</source>
        <translation>Rente en aanmaningen per boekingsprofiel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
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
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Interest code</source>
        <translation>Rentecode</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Aanmaning</translation>
    </message>
    <message>
        <source>Letter sequence</source>
        <translation>Aanmaningsreeks</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Sturen</translation>
    </message>
    <message>
        <source>A customer&apos;s transactions use the profile of the customer (or its group, or the default profile). Without an interest code or letter sequence, the profile&apos;s transactions get no interest or letters.</source>
        <translation>De transacties van een klant gebruiken het boekingsprofiel van de klant (of van diens klantgroep, of het standaardprofiel). Zonder rentecode of aanmaningsreeks krijgen de transacties van het profiel geen rente of aanmaningen.</translation>
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
    <name>ProposalPage</name>
    <message>
        <source>F5: run.  Enter: preview.  Delete: cancel a proposal.  Ctrl+P: print.  Ctrl+Enter: post.</source>
        <extracomment>Field names of the run as the API names them: the date, the customers.</extracomment>
        <translation>F5: uitvoeren.  Enter: bekijken.  Delete: voorstel annuleren.  Ctrl+P: afdrukken.  Ctrl+Enter: boeken.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the PDFs in</source>
        <translation>PDF&apos;s opslaan in</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <source>Proposals made: %1.</source>
        <translation>Voorstellen gemaakt: %1.</translation>
    </message>
    <message>
        <source>Nothing to propose on this date.</source>
        <translation>Op deze datum is er niets voor te stellen.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printing %1 documents...</source>
        <translation>%1 documenten afdrukken...</translation>
    </message>
    <message>
        <source>Saved %1 PDFs in %2.</source>
        <translation>%1 PDF&apos;s opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Geef de reden op.</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Receivables reconciliation</source>
        <translation>Aansluiting debiteuren</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Per summary account, the customer transactions against the general-ledger balance as of a date; every difference with its cause.</source>
        <translation>Per verzamelrekening de klanttransacties tegenover het grootboeksaldo per een datum; elk verschil met de oorzaak.</translation>
    </message>
    <message>
        <source>Reconcile the balances as of the end of this day (Ctrl+D)</source>
        <extracomment>Asks where to save a file: (dialog title, suggested file name, filter) -&gt; path, None when cancelled. Tests replace it.</extracomment>
        <translation>De saldi aansluiten per het einde van deze dag (Ctrl+D)</translation>
    </message>
    <message>
        <source>Read the books again (F5)</source>
        <translation>De administratie opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exporteren...</translation>
    </message>
    <message>
        <source>The reconciliation and its differences as a CSV file (Ctrl+E)</source>
        <translation>De aansluiting en de verschillen als CSV-bestand (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print PDF...</source>
        <translation>PDF afdrukken...</translation>
    </message>
    <message>
        <source>The reconciliation as a PDF for the period-end file (Ctrl+P)</source>
        <translation>De aansluiting als PDF voor het dossier van de periodeafsluiting (Ctrl+P)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Subledger (customer transactions)</source>
        <translation>Subadministratie (klanttransacties)</translation>
    </message>
    <message>
        <source>General ledger balance</source>
        <translation>Grootboeksaldo</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Aged-balance total</source>
        <translation>Totaal ouderdomsanalyse</translation>
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
        <source>Subledger</source>
        <translation>Subadministratie</translation>
    </message>
    <message>
        <source>Manual journal</source>
        <translation>Memoriaalboeking</translation>
    </message>
    <message>
        <source>Between summary accounts</source>
        <translation>Tussen verzamelrekeningen</translation>
    </message>
    <message>
        <source>No ledger posting</source>
        <translation>Geen grootboekboeking</translation>
    </message>
    <message>
        <source>Amounts differ</source>
        <translation>Bedragen wijken af</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Ledger posting without a customer transaction (manual journal)</source>
        <translation>Grootboekboeking zonder klanttransactie (memoriaalboeking)</translation>
    </message>
    <message>
        <source>Settlement between customer transactions on different summary accounts, not moved in the ledger</source>
        <translation>Vereffening tussen klanttransacties op verschillende verzamelrekeningen, niet overgeboekt in het grootboek</translation>
    </message>
    <message>
        <source>Customer transaction whose voucher has no ledger line on this account</source>
        <translation>Klanttransactie waarvan het boekstuk geen grootboekregel op deze rekening heeft</translation>
    </message>
    <message>
        <source>The voucher posted another amount to this account than its customer transactions</source>
        <translation>Het boekstuk boekte een ander bedrag op deze rekening dan de klanttransacties ervan</translation>
    </message>
    <message>
        <source>Less than the smallest unit of the currency per line of the voucher</source>
        <translation>Minder dan de kleinste munteenheid per regel van het boekstuk</translation>
    </message>
    <message>
        <source>customers %1</source>
        <translation>klanten %1</translation>
    </message>
    <message>
        <source>Reconciling the receivables...</source>
        <translation>Debiteuren aansluiten...</translation>
    </message>
    <message>
        <source>In balance on %1: the customer transactions agree with the general ledger on every summary account, and the aged-balance total equals them.</source>
        <translation>Sluit aan per %1: de klanttransacties sluiten op elke verzamelrekening aan op het grootboek, en het totaal van de ouderdomsanalyse is daaraan gelijk.</translation>
    </message>
    <message>
        <source>Differs on %1: the customer transactions do not agree with the general ledger on %2. The differences and their causes are listed below.</source>
        <translation>Wijkt af per %1: de klanttransacties sluiten op %2 niet aan op het grootboek. De verschillen en hun oorzaken staan hieronder.</translation>
    </message>
    <message>
        <source>Differs on %1: the aged-balance total is not equal to the customer transactions.</source>
        <translation>Wijkt af per %1: het totaal van de ouderdomsanalyse is niet gelijk aan de klanttransacties.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>Choose an account above to see its differences.</source>
        <translation>Kies hierboven een rekening om de verschillen te zien.</translation>
    </message>
    <message>
        <source>Differences on %1 %2</source>
        <translation>Verschillen op %1 %2</translation>
    </message>
    <message>
        <source>No differences on %1: its customer transactions agree with the general ledger.</source>
        <translation>Geen verschillen op %1: de klanttransacties sluiten aan op het grootboek.</translation>
    </message>
    <message>
        <source>The difference on %1 could not be traced to vouchers.</source>
        <translation>Het verschil op %1 kan niet worden herleid tot boekstukken.</translation>
    </message>
    <message>
        <source>reconciliation-%1.csv</source>
        <translation>aansluiting-%1.csv</translation>
    </message>
    <message>
        <source>Export the reconciliation as</source>
        <translation>Aansluiting exporteren als</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-bestanden (*.csv);;Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>reconciliation-%1.pdf</source>
        <translation>aansluiting-%1.pdf</translation>
    </message>
    <message>
        <source>Save the reconciliation as</source>
        <translation>Aansluiting opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the reconciliation as of %1 to %2.</source>
        <translation>Aansluiting per %1 geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Exporting the reconciliation...</source>
        <translation>Aansluiting exporteren...</translation>
    </message>
    <message>
        <source>Saved the reconciliation as of %1 in %2.</source>
        <translation>Aansluiting per %1 opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Printing the reconciliation...</source>
        <translation>Aansluiting afdrukken...</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>Grootboek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Wijkt af</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Sluit aan</translation>
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
    <name>RecurringPage</name>
    <message>
        <source>Recurring invoices</source>
        <translation>Periodieke facturen</translation>
    </message>
    <message>
        <source>Invoice templates, the customers they are billed to, and drafting the invoices that are due</source>
        <translation>Factuursjablonen, de klanten aan wie ze worden gefactureerd en het maken van concepten voor de facturen die aan de beurt zijn</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Sjabloon wijzigen</translation>
    </message>
    <message>
        <source>Bill to a customer...</source>
        <translation>Aan klant factureren...</translation>
    </message>
    <message>
        <source>End billing...</source>
        <translation>Facturering beëindigen...</translation>
    </message>
    <message>
        <source>Draft due invoices...</source>
        <translation>Conceptfacturen maken...</translation>
    </message>
    <message>
        <source>Bill the selected template to a customer on a schedule</source>
        <translation>Het geselecteerde sjabloon volgens een schema aan een klant factureren</translation>
    </message>
    <message>
        <source>Stop billing the selected customer after a date</source>
        <translation>De facturering aan de geselecteerde klant na een datum stoppen</translation>
    </message>
    <message>
        <source>Draft every recurring invoice due up to a date</source>
        <translation>Een concept maken van elke periodieke factuur die t/m een datum aan de beurt is</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Amount excl. tax</source>
        <translation>Bedrag excl. btw</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>customer&apos;s</source>
        <translation>die van de klant</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
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
        <source>Billed</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>T/m</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Maximaal</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Billed so far</source>
        <translation>Tot nu toe gefactureerd</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Each billing date becomes a draft invoice of that date; review and post them under Invoicing.</source>
        <translation>Elke factureringsdatum wordt een conceptfactuur met die datum; controleer en boek ze onder Facturering.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Om de %1 dagen</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Om de %1 weken</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>Om de %1 maanden</translation>
    </message>
    <message>
        <source>Every %1 years</source>
        <translation>Om de %1 jaar</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 facturen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Loading templates...</source>
        <translation>Sjablonen laden...</translation>
    </message>
    <message>
        <source>Customers billed</source>
        <translation>Gefactureerde klanten</translation>
    </message>
    <message>
        <source>Customers billed with %1</source>
        <translation>Klanten gefactureerd met %1</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>Sjabloon %1 opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is now billed to %2.</source>
        <translation>%1 wordt nu gefactureerd aan %2.</translation>
    </message>
    <message>
        <source>Billing %1 to %2 ends on %3.</source>
        <translation>Facturering van %1 aan %2 eindigt op %3.</translation>
    </message>
</context>
<context>
    <name>RecurringRun</name>
    <message>
        <source>Recurring invoices</source>
        <translation>Periodieke facturen</translation>
    </message>
    <message>
        <source>Drafting the recurring invoices due up to %1...</source>
        <translation>Concepten maken van de periodieke facturen die t/m %1 aan de beurt zijn...</translation>
    </message>
    <message>
        <source>Recurring drafts created: %1 (run %2).</source>
        <translation>Periodieke concepten gemaakt: %1 (run %2).</translation>
    </message>
    <message>
        <source>Cancelled: the drafts made so far are kept; run it again for the rest.</source>
        <translation>Geannuleerd: de al gemaakte concepten blijven bewaard; start opnieuw voor de rest.</translation>
    </message>
</context>
<context>
    <name>RefundsPage</name>
    <message>
        <source>Refunds</source>
        <extracomment>The primary button&apos;s look when it cannot be pressed (the theme styles only the enabled one).</extracomment>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>Pay back credit balances: post a refund per customer, then pay the refunds with a bank file.</source>
        <translation>Creditsaldi terugbetalen: boek een terugbetaling per klant en betaal de terugbetalingen daarna met een bankbestand.</translation>
    </message>
    <message>
        <source>Empty: the minimum reimbursement of the parameters</source>
        <extracomment>Asks Yes/No before posting; tests replace it. Asks where to save the SEPA file (None: cancelled); tests replace it.</extracomment>
        <translation>Leeg: de minimale terugbetaling uit de parameters</translation>
    </message>
    <message>
        <source>Also customers with open invoices (refund the net credit)</source>
        <translation>Ook klanten met openstaande facturen (het netto creditsaldo terugbetalen)</translation>
    </message>
    <message>
        <source>Refund date</source>
        <translation>Terugbetalingsdatum</translation>
    </message>
    <message>
        <source>Minimum credit</source>
        <translation>Minimaal creditsaldo</translation>
    </message>
    <message>
        <source>Pay from</source>
        <translation>Betalen via</translation>
    </message>
    <message>
        <source>Reimbursement run</source>
        <translation>Terugbetalingsrun</translation>
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
        <source>Credit balance</source>
        <translation>Creditsaldo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Openstaande facturen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Overboeking</translation>
    </message>
    <message>
        <source>No customer has a credit balance on this date.</source>
        <translation>Geen enkele klant heeft op deze datum een creditsaldo.</translation>
    </message>
    <message>
        <source>Customers with a credit balance</source>
        <translation>Klanten met een creditsaldo</translation>
    </message>
    <message>
        <source>Customers to refund</source>
        <translation>Terug te betalen klanten</translation>
    </message>
    <message>
        <source>Total to refund</source>
        <translation>Totaal terug te betalen</translation>
    </message>
    <message>
        <source>Post refunds...</source>
        <translation>Terugbetalingen boeken...</translation>
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
        <source>SEPA file</source>
        <translation>SEPA-bestand</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>Write SEPA file...</source>
        <translation>SEPA-bestand schrijven...</translation>
    </message>
    <message>
        <source>Execution date</source>
        <translation>Uitvoeringsdatum</translation>
    </message>
    <message>
        <source>Refunds posted by this run</source>
        <translation>Terugbetalingen geboekt in deze run</translation>
    </message>
    <message>
        <source>Will be refunded</source>
        <translation>Wordt terugbetaald</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>Onder het minimum</translation>
    </message>
    <message>
        <source>Has open invoices</source>
        <translation>Heeft openstaande facturen</translation>
    </message>
    <message>
        <source>Marked in a payment journal</source>
        <translation>Gemarkeerd in een betalingsjournaal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No IBAN: not in the SEPA file</source>
        <translation>Geen IBAN: niet in het SEPA-bestand</translation>
    </message>
    <message numerus="yes">
        <source>Post a refund to %n customer(s), %1 in all, dated %2 and paid from %3?</source>
        <translation>
            <numerusform>Een terugbetaling boeken voor %n klant, in totaal %1, met datum %2 en betaald via %3?</numerusform>
            <numerusform>Terugbetalingen boeken voor %n klanten, in totaal %1, met datum %2 en betaald via %3?</numerusform>
        </translation>
    </message>
    <message>
        <source>Post refunds</source>
        <translation>Terugbetalingen boeken</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) posted.</source>
        <translation>
            <numerusform>%n terugbetaling geboekt.</numerusform>
            <numerusform>%n terugbetalingen geboekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n refund(s), %1 in all, to %2 for execution on %3 (message %4).</source>
        <translation>
            <numerusform>%n terugbetaling, in totaal %1, naar %2 geschreven voor uitvoering op %3 (bericht %4).</numerusform>
            <numerusform>%n terugbetalingen, in totaal %1, naar %2 geschreven voor uitvoering op %3 (bericht %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the file: %1.</source>
        <translation>Niet in het bestand: %1.</translation>
    </message>
    <message>
        <source>Save SEPA credit transfer file</source>
        <translation>SEPA-overboekingsbestand opslaan</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-bestanden (*.xml)</translation>
    </message>
</context>
<context>
    <name>RemitDialog</name>
    <message>
        <source>Remit bills of exchange</source>
        <translation>Wissels remitteren</translation>
    </message>
    <message>
        <source>For collection</source>
        <translation>Ter incasso</translation>
    </message>
    <message>
        <source>For discount</source>
        <translation>Ter discontering</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>Remitteren</translation>
    </message>
    <message>
        <source>Discount charge</source>
        <translation>Discontokosten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1: %2 in all. For discount the bank advances the bills less its charge.</source>
        <translation>%1: in totaal %2. Bij discontering betaalt de bank de wissels vooraf uit, min haar kosten.</translation>
    </message>
</context>
<context>
    <name>RunBox</name>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Leave empty for every customer, or type accounts: 10010, 10020</source>
        <translation>Leeg laten voor alle klanten, of typ rekeningen: 10010, 10020</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Replaces unposted proposals</source>
        <translation>Vervangt niet-geboekte voorstellen</translation>
    </message>
</context>
<context>
    <name>SalesOrdersPage</name>
    <message>
        <source>Sales orders</source>
        <translation>Verkooporders</translation>
    </message>
    <message>
        <source>Orders, their deliveries on packing slips, and invoices from packing slips</source>
        <translation>Orders, de leveringen daarvan op pakbonnen en facturen van pakbonnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nieuwe order</translation>
    </message>
    <message>
        <source>New item...</source>
        <translation>Nieuw artikel...</translation>
    </message>
    <message>
        <source>Deliver...</source>
        <translation>Leveren...</translation>
    </message>
    <message>
        <source>Packing slip PDF...</source>
        <translation>Pakbon-PDF...</translation>
    </message>
    <message>
        <source>Invoice packing slips...</source>
        <translation>Pakbonnen factureren...</translation>
    </message>
    <message>
        <source>Post a packing slip for the quantities delivered</source>
        <translation>Een pakbon boeken voor de geleverde aantallen</translation>
    </message>
    <message>
        <source>Save the selected packing slip as a PDF</source>
        <translation>De geselecteerde pakbon opslaan als PDF</translation>
    </message>
    <message>
        <source>Post one invoice for packing slips not invoiced yet</source>
        <translation>Eén factuur boeken voor de nog niet gefactureerde pakbonnen</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle orders</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Amount excl. tax</source>
        <translation>Bedrag excl. btw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Slips to invoice</source>
        <translation>Te factureren pakbonnen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Besteld</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>Te leveren</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Pakbon</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>niet gefactureerd</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Pakbonnen</translation>
    </message>
    <message>
        <source>No sales orders yet. Make items with New item..., then take an order with New order.</source>
        <translation>Nog geen verkooporders. Maak artikelen met Nieuw artikel... en neem daarna een order aan met Nieuwe order.</translation>
    </message>
    <message>
        <source>Loading sales orders...</source>
        <translation>Verkooporders laden...</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Orderregels</translation>
    </message>
    <message>
        <source>Order %1 for %2 %3, %4</source>
        <translation>Order %1 voor %2 %3, %4</translation>
    </message>
    <message>
        <source>Item %1 saved.</source>
        <translation>Artikel %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Sales order %1 saved.</source>
        <translation>Verkooporder %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Packing slip %1 posted.</source>
        <translation>Pakbon %1 geboekt.</translation>
    </message>
    <message>
        <source>Invoice %1 posted.</source>
        <translation>Factuur %1 geboekt.</translation>
    </message>
    <message>
        <source>Save packing slip</source>
        <translation>Pakbon opslaan</translation>
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
        <source>Printing %1...</source>
        <translation>%1 afdrukken...</translation>
    </message>
</context>
<context>
    <name>SalesTaxDialog</name>
    <message>
        <source>New sales tax code</source>
        <translation>Nieuwe btw-code</translation>
    </message>
    <message>
        <source>Sales tax code %1</source>
        <translation>Btw-code %1</translation>
    </message>
    <message>
        <source>for example Btw hoog 21 %</source>
        <translation>bijvoorbeeld Btw hoog 21 %</translation>
    </message>
    <message>
        <source>always 0 % for this kind</source>
        <translation>altijd 0 % voor deze soort</translation>
    </message>
    <message>
        <source>(the sales tax account)</source>
        <translation>(de btw-rekening)</translation>
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
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Tax account</source>
        <translation>Btw-rekening</translation>
    </message>
    <message>
        <source>Own invoice text</source>
        <translation>Eigen factuurtekst</translation>
    </message>
    <message>
        <source>(nothing extra)</source>
        <translation>(geen extra tekst)</translation>
    </message>
    <message>
        <source>A line with this code prints: %1</source>
        <translation>Een regel met deze code vermeldt: %1</translation>
    </message>
    <message>
        <source>A line with this code prints only its rate; type a text to add one.</source>
        <translation>Een regel met deze code vermeldt alleen het tarief; typ een tekst om er een toe te voegen.</translation>
    </message>
</context>
<context>
    <name>SalesTaxKind</name>
    <message>
        <source>Standard rate</source>
        <extracomment>Sales-tax kinds (services.tax_texts.TAX_KINDS) in words, in the &quot;SalesTaxKind&quot; context.</extracomment>
        <translation>Standaardtarief</translation>
    </message>
    <message>
        <source>Zero rate (0 %)</source>
        <translation>Nultarief (0 %)</translation>
    </message>
    <message>
        <source>Exempt (vrijgesteld)</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <source>Reverse charge (btw verlegd)</source>
        <translation>Btw verlegd</translation>
    </message>
    <message>
        <source>Intra-EU supply (ICP, 0 %)</source>
        <translation>Intracommunautaire levering (ICP, 0 %)</translation>
    </message>
    <message>
        <source>Export outside the EU (0 %)</source>
        <translation>Uitvoer buiten de EU (0 %)</translation>
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
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Printed on the invoice</source>
        <translation>Vermeld op de factuur</translation>
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
        <translation>Toe te passen betalingskorting</translation>
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
        <source>Open items of all companies in the group</source>
        <translation>Openstaande posten van alle bedrijven in de groep</translation>
    </message>
    <message>
        <source>Also list the open invoices of the same customer (party) in %1; a payment or settlement here settles them with due-to / due-from postings. Credits of another company are settled there.</source>
        <translation>Ook de openstaande facturen van dezelfde klant (relatie) in %1 tonen; een betaling of vereffening hier vereffent ze met rekening-courantboekingen tussen de bedrijven. Creditposten van een ander bedrijf worden daar vereffend.</translation>
    </message>
    <message>
        <source>Group: %1. Credits of another company are settled in that company.</source>
        <translation>Groep: %1. Creditposten van een ander bedrijf worden in dat bedrijf vereffend.</translation>
    </message>
    <message>
        <source>, of which %1 in other companies</source>
        <translation>, waarvan %1 in andere bedrijven</translation>
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
        <translation>Teruggeboekte betalingskorting</translation>
    </message>
    <message>
        <source>Only credits are marked: settling %1 would refund %2 to the customer and give back %3 of cash discount.</source>
        <translation>Alleen creditposten zijn gemarkeerd: vereffenen van %1 betaalt de klant %2 terug en boekt %3 betalingskorting terug.</translation>
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
        <translation> (betalingskorting %1)</translation>
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
        <source>Code</source>
        <extracomment>The text colour of an inactive code&apos;s row. The kind set_active and delete_code take (ardesk.api.CODE_KINDS); &quot;&quot; for neither button. Rows open edit_dialog(record). The noun of one code in messages (&quot;Sales tax code&quot;), marked for translation in the &quot;SetupListPage&quot; context.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Wijzigen...</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Keep it on what has it, but let nothing new choose it</source>
        <translation>Blijft staan waar de code al gebruikt wordt, maar kan niet meer worden gekozen</translation>
    </message>
    <message>
        <source>Let new customers and documents choose it again</source>
        <translation>Nieuwe klanten en documenten kunnen de code weer kiezen</translation>
    </message>
    <message>
        <source>Only a code nothing uses can be deleted</source>
        <translation>Alleen een code die nergens wordt gebruikt, kan worden verwijderd</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is weer actief.</translation>
    </message>
    <message>
        <source>%1 is deactivated: what has it keeps it, but nothing new can choose it.</source>
        <translation>%1 is gedeactiveerd: waar de code al gebruikt wordt, blijft hij staan, maar hij kan niet meer worden gekozen.</translation>
    </message>
    <message>
        <source>%1 will be deleted; this cannot be undone. Delete it?</source>
        <translation>%1 wordt verwijderd; dit kan niet ongedaan worden gemaakt. Verwijderen?</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Klantgroep</translation>
    </message>
    <message>
        <source>Posting profile</source>
        <translation>Boekingsprofiel</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Betalingskorting</translation>
    </message>
    <message>
        <source>Sales tax code</source>
        <translation>Btw-code</translation>
    </message>
    <message>
        <source>Method of payment</source>
        <translation>Betalingsmethode</translation>
    </message>
    <message>
        <source>Charge code</source>
        <translation>Toeslagcode</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Customer statements</source>
        <translation>Rekeningoverzichten</translation>
    </message>
    <message>
        <source>Opening balance, movements with the running balance, closing balance and open items</source>
        <translation>Beginsaldo, mutaties met het lopende saldo, eindsaldo en openstaande posten</translation>
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
        <translation>Betalingskorting</translation>
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
        <source>Interest reinstated</source>
        <translation>Rente opnieuw ingevoerd</translation>
    </message>
    <message>
        <source>Settled by group company</source>
        <translation>Verrekend via groepsmaatschappij</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Bill of exchange</source>
        <translation>Wissel</translation>
    </message>
    <message>
        <source>Bill of exchange transfer</source>
        <translation>Overboeking wissel</translation>
    </message>
    <message>
        <source>Type an account or part of a name (Ctrl+F); Enter shows the statement</source>
        <translation>Typ een rekening of een deel van een naam (Ctrl+F); Enter toont het overzicht</translation>
    </message>
    <message>
        <source>The customer has transactions in more than one currency</source>
        <translation>De klant heeft transacties in meer dan één valuta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Print PDF...</source>
        <translation>PDF afdrukken...</translation>
    </message>
    <message>
        <source>Save this statement as a PDF (Ctrl+P)</source>
        <translation>Dit overzicht opslaan als PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print statements...</source>
        <translation>Overzichten afdrukken...</translation>
    </message>
    <message>
        <source>Print the statements of many customers into a folder or one file (Ctrl+Shift+P)</source>
        <translation>De rekeningoverzichten van meerdere klanten afdrukken naar een map of één bestand (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Invoiced and charged</source>
        <translation>In rekening gebracht</translation>
    </message>
    <message>
        <source>Paid and credited</source>
        <translation>Betaald en gecrediteerd</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Eindsaldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Choose a customer and a period, then press Enter to show the statement.</source>
        <translation>Kies een klant en een periode en druk op Enter om het overzicht te tonen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen vervallen</translation>
    </message>
    <message>
        <source>Choose a customer first: type an account or part of a name.</source>
        <translation>Kies eerst een klant: typ een rekening of een deel van een naam.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>De begindatum ligt na de einddatum.</translation>
    </message>
    <message>
        <source>Reading the statement of %1...</source>
        <translation>Rekeningoverzicht van %1 lezen...</translation>
    </message>
    <message>
        <source>Statement %1 – %2 in %3</source>
        <translation>Rekeningoverzicht %1 – %2 in %3</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>Vervallen op %1</translation>
    </message>
    <message>
        <source>Open items on %1</source>
        <translation>Openstaande posten op %1</translation>
    </message>
    <message>
        <source>Aging on %1</source>
        <translation>Ouderdom op %1</translation>
    </message>
    <message>
        <source>All currencies in %1</source>
        <translation>Alle valuta&apos;s in %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Show a statement first.</source>
        <translation>Toon eerst een overzicht.</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>rekeningoverzicht-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the statement as</source>
        <translation>Rekeningoverzicht opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the statement in %1.</source>
        <translation>Rekeningoverzicht opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Printing the statement of %1...</source>
        <translation>Rekeningoverzicht van %1 afdrukken...</translation>
    </message>
    <message>
        <source>statements-%1.pdf</source>
        <translation>rekeningoverzichten-%1.pdf</translation>
    </message>
    <message>
        <source>Save the statements as</source>
        <translation>Rekeningoverzichten opslaan als</translation>
    </message>
    <message>
        <source>Save the statements in</source>
        <translation>Rekeningoverzichten opslaan in</translation>
    </message>
    <message>
        <source>Print statements</source>
        <translation>Rekeningoverzichten afdrukken</translation>
    </message>
    <message>
        <source>Printing statements...</source>
        <translation>Rekeningoverzichten afdrukken...</translation>
    </message>
    <message>
        <source>Cancelled: the combined file was not written.</source>
        <translation>Geannuleerd: het gecombineerde bestand is niet geschreven.</translation>
    </message>
    <message>
        <source>Cancelled: no statement was printed.</source>
        <translation>Geannuleerd: er is geen overzicht afgedrukt.</translation>
    </message>
    <message>
        <source>No customer has a statement for this period and choice.</source>
        <translation>Geen enkele klant heeft een overzicht voor deze periode en keuze.</translation>
    </message>
    <message>
        <source>Statements printed: %1, into the file %2.</source>
        <translation>Rekeningoverzichten afgedrukt: %1, in het bestand %2.</translation>
    </message>
    <message>
        <source>Statements printed: %1, into the folder %2.</source>
        <translation>Rekeningoverzichten afgedrukt: %1, in de map %2.</translation>
    </message>
    <message>
        <source>Stopped early: the statements printed so far are kept.</source>
        <translation>Voortijdig gestopt: de tot nu toe afgedrukte overzichten blijven bewaard.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nieuwe vervaldatum</translation>
    </message>
    <message>
        <source>Invoice back to the customer</source>
        <translation>Factuur terug naar de klant</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Afboeken</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>Sluiten door</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Template %1</source>
        <translation>Sjabloon %1</translation>
    </message>
    <message>
        <source>New invoice template</source>
        <translation>Nieuw factuursjabloon</translation>
    </message>
    <message>
        <source>(the customer&apos;s)</source>
        <translation>(die van de klant)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Invoice notes</source>
        <translation>Factuurnotities</translation>
    </message>
    <message>
        <source>Terms of payment</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Betalingskorting</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
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
        <source>Total excl. tax %1    incl. tax %2</source>
        <translation>Totaal excl. btw %1    incl. btw %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>New terms of payment</source>
        <translation>Nieuwe betalingsvoorwaarde</translation>
    </message>
    <message>
        <source>Terms of payment %1</source>
        <translation>Betalingsvoorwaarde %1</translation>
    </message>
    <message>
        <source>for example 30 days net</source>
        <translation>bijvoorbeeld 30 dagen netto</translation>
    </message>
    <message>
        <source>Net: due date = document date + months + days</source>
        <translation>Netto: vervaldatum = documentdatum + maanden + dagen</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Contant bij levering</translation>
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
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
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
        <translation>Betalingskorting</translation>
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
        <source>Bill of exchange</source>
        <translation>Wissel</translation>
    </message>
    <message>
        <source>Bill of exchange transfer</source>
        <translation>Overboeking wissel</translation>
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
        <translation>De vereffening van %1 met %2 ongedaan maken (en de rest van die vereffening)? Beide komen weer open te staan; betalingskortingen en verschillen worden teruggeboekt.</translation>
    </message>
    <message>
        <source>Settlement of %1 with %2 undone.</source>
        <translation>Vereffening van %1 met %2 ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>VerifyBooks</name>
    <message>
        <source>Verify books...</source>
        <extracomment>Replaced in tests: (title, text, whole) -&gt; None, the result shown to the user.</extracomment>
        <translation>Administratie controleren...</translation>
    </message>
    <message>
        <source>Check that nothing in the books was changed outside ardesk</source>
        <translation>Controleer dat niets in de administratie buiten ardesk om is gewijzigd</translation>
    </message>
    <message>
        <source>Verifying the books...</source>
        <translation>De administratie wordt gecontroleerd...</translation>
    </message>
    <message>
        <source>Verify books</source>
        <translation>Administratie controleren</translation>
    </message>
    <message>
        <source>The books could not be verified: %1</source>
        <translation>De administratie kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>The books are whole: %1 vouchers in %2 companies verified.</source>
        <translation>De administratie is ongeschonden: %1 boekstukken in %2 bedrijven gecontroleerd.</translation>
    </message>
    <message>
        <source>The books were changed outside ardesk. Do not post any more; restore the last good backup.</source>
        <translation>De administratie is buiten ardesk om gewijzigd. Boek niets meer; zet de laatste goede back-up terug.</translation>
    </message>
    <message>
        <source>SQLite found the books file damaged:</source>
        <translation>SQLite vond het administratiebestand beschadigd:</translation>
    </message>
    <message>
        <source>%1: voucher %2 was changed outside ardesk (its lines no longer match its hash).</source>
        <translation>%1: boekstuk %2 is buiten ardesk om gewijzigd (de regels passen niet meer bij de hash).</translation>
    </message>
    <message>
        <source>%1: voucher %2 was added outside ardesk (it has no place in the chain).</source>
        <translation>%1: boekstuk %2 is buiten ardesk om toegevoegd (het heeft geen plaats in de keten).</translation>
    </message>
    <message>
        <source>%1: a voucher before %2 was removed outside ardesk (the chain has a gap).</source>
        <translation>%1: een boekstuk vóór %2 is buiten ardesk om verwijderd (de keten heeft een gat).</translation>
    </message>
    <message>
        <source>%1: the last vouchers were removed outside ardesk (the company&apos;s record says its chain holds %3).</source>
        <translation>%1: de laatste boekstukken zijn buiten ardesk om verwijderd (volgens het bedrijf bevat de keten er %3).</translation>
    </message>
    <message>
        <source>%1: the chain breaks at voucher %2.</source>
        <translation>%1: de keten breekt bij boekstuk %2.</translation>
    </message>
</context>
<context>
    <name>VersionForm</name>
    <message>
        <source>Yearly percentage, per day</source>
        <translation>Jaarpercentage, per dag</translation>
    </message>
    <message>
        <source>Percentage per interval</source>
        <translation>Percentage per interval</translation>
    </message>
    <message>
        <source>Amount per interval</source>
        <translation>Bedrag per interval</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>No ranges</source>
        <translation>Geen staffel</translation>
    </message>
    <message>
        <source>By overdue amount</source>
        <translation>Op vervallen bedrag</translation>
    </message>
    <message>
        <source>By day number</source>
        <translation>Op dagnummer</translation>
    </message>
    <message>
        <source>By month number</source>
        <translation>Op maandnummer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Compound yearly (Dutch statutory interest)</source>
        <translation>Jaarlijks samengesteld (Nederlandse wettelijke rente)</translation>
    </message>
    <message>
        <source>Count an interval that has started</source>
        <translation>Een begonnen interval meetellen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>Range by</source>
        <translation>Staffel op</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Respijtdagen</translation>
    </message>
    <message>
        <source>Minimum interest</source>
        <translation>Minimale rente</translation>
    </message>
    <message>
        <source>Maximum interest</source>
        <translation>Maximale rente</translation>
    </message>
    <message>
        <source>Version from %1</source>
        <translation>Versie vanaf %1</translation>
    </message>
    <message>
        <source>Yearly percentage</source>
        <translation>Jaarpercentage</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>een bedrag</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>een percentage</translation>
    </message>
    <message>
        <source>an overdue amount</source>
        <translation>een vervallen bedrag</translation>
    </message>
    <message>
        <source>a day number</source>
        <translation>een dagnummer</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>een maand</translation>
    </message>
    <message>
        <source>Each line: from %1 on, %2. The first line starts at 0. Insert adds a line, Ctrl+Delete removes one.</source>
        <translation>Elke regel: vanaf %1, %2. De eerste regel begint bij 0. Insert voegt een regel toe, Ctrl+Delete verwijdert er een.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void card payment %1</source>
        <translation>Kaartbetaling %1 annuleren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The authorization is released; it can no longer be captured.</source>
        <translation>De autorisatie vervalt; de betaling kan niet meer worden afgeschreven.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to ardesk</source>
        <extracomment>How many customers the demo company has (its Dutch and English ones). The languages offered, each in its own language (so a user who cannot read the other finds theirs).</extracomment>
        <translation>Welkom bij ardesk</translation>
    </message>
    <message>
        <source>ardesk keeps your accounts receivable: customers, invoices, payments and collections. These books are still empty. Look around in a demo company first, or start right away with your own company.</source>
        <translation>ardesk voert uw debiteurenadministratie: klanten, facturen, betalingen en incasso. Deze administratie is nog leeg. Kijk eerst rond in een demobedrijf, of begin meteen met uw eigen bedrijf.</translation>
    </message>
    <message>
        <source>Explore the demo company</source>
        <translation>Het demobedrijf verkennen</translation>
    </message>
    <message>
        <source>A Dutch trading company with %1 customers and four months of invoices, payments, reminders and interest notes. Try anything: the demo is kept in a file of its own, apart from your books.</source>
        <translation>Een Nederlands handelsbedrijf met %1 klanten en vier maanden aan facturen, betalingen, aanmaningen en rentenota&apos;s. Probeer gerust alles uit: de demo staat in een eigen bestand, los van uw administratie.</translation>
    </message>
    <message>
        <source>Create my company</source>
        <translation>Mijn bedrijf aanmaken</translation>
    </message>
    <message>
        <source>Enter your company&apos;s details and start with your own customers and invoices. You can add more companies later.</source>
        <translation>Voer de gegevens van uw bedrijf in en begin met uw eigen klanten en facturen. U kunt later meer bedrijven toevoegen.</translation>
    </message>
    <message>
        <source>Press F1 on any page for help: what the page is for and the steps of its common jobs.</source>
        <translation>Druk op elke pagina op F1 voor hulp: waarvoor de pagina dient en de stappen van de gebruikelijke taken.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
</TS>
