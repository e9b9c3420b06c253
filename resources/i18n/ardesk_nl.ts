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
        <source>Every customer of the report as a CSV file for Excel (Ctrl+E)</source>
        <translation>Alle klanten van het rapport als CSV-bestand voor Excel (Ctrl+E)</translation>
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
        <source>Filter account or name</source>
        <translation>Filter op rekening of naam</translation>
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
        <source>Tick at least one customer.</source>
        <translation>Vink ten minste één klant aan.</translation>
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
        <extracomment>Date entry per UI language, matching ardesk.i18n.format_date (a four-digit year).
----------
Qt date formats per Babel locale, matching ardesk.i18n.format_date.</extracomment>
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
        <source>Invoicing hold</source>
        <translation>Factureringsblokkade</translation>
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
    <name>DateQuestion</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
</TS>
