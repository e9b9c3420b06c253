"""Dutch texts of the engine's messages: English template -> Dutch template with the same placeholders."""

from __future__ import annotations

#: Every message template of ardesk.errors raised by the engine, in Dutch for a bookkeeper. Field
#: names, codes and values in quotes are identifiers and stay as they are (tests/unit/test_messages.py).
DUTCH: dict[str, str] = {
    # --- direct debit printing and pages (issue 12) ---
    "set the company's SEPA creditor identifier (incassant-ID) before printing": (
        "stel eerst het SEPA-incassant-ID van het bedrijf in en druk daarna af"
    ),
    # --- SEPA mandates, direct debit runs and returns (issue 12) ---
    "a one-off mandate is used for one collection": "een eenmalige machtiging is voor één incasso",
    "a rejected transaction has no OrgnlEndToEndId": "een geweigerde transactie heeft geen OrgnlEndToEndId",
    "a returned transaction has no EndToEndId": "een gestorneerde transactie heeft geen EndToEndId",
    "company {code} has no IBAN to collect into": "bedrijf {code} heeft geen IBAN om op te incasseren",
    "customer {account} has no direct debit mandate": "klant {account} heeft geen incassomachtiging",
    "customer {account} is a consumer; B2B mandates are for businesses only": (
        "klant {account} is een consument; B2B-machtigingen zijn alleen voor bedrijven"
    ),
    "its direct debit was {status} on {date} ({reason}); include returned invoices to collect it again": (
        "de incasso is op {date} {status} ({reason}); neem gestorneerde facturen mee om opnieuw te incasseren"
    ),
    "mandate {reference} allows no more collections": "machtiging {reference} staat geen incasso's meer toe",
    "mandate {reference} exists already": "machtiging {reference} bestaat al",
    "mandate {reference} expired on {date} (36 months without a collection)": (
        "machtiging {reference} is verlopen op {date} (36 maanden zonder incasso)"
    ),
    "mandate {reference} is B2B but customer {account} is a consumer": (
        "machtiging {reference} is B2B, maar klant {account} is een consument"
    ),
    "mandate {reference} is not signed yet": "machtiging {reference} is nog niet getekend",
    "mandate {reference} is signed on {signed}, after the collection date": (
        "machtiging {reference} is getekend op {signed}, na de incassodatum"
    ),
    "mandate {reference} is {status}": "machtiging {reference} is {status}",
    "mandate {reference} is {status} already": "machtiging {reference} is al {status}",
    "mandate {reference} is {status}, not waiting for a signature": (
        "machtiging {reference} is {status} en wacht niet op een handtekening"
    ),
    "mandate {reference} is {status}; a new mandate is needed": (
        "machtiging {reference} is {status}; er is een nieuwe machtiging nodig"
    ),
    "marked for settlement in a payment journal": "gemarkeerd voor vereffening in een betalingsdagboek",
    "must be a file path": "moet een bestandspad zijn",
    "must be at least one TARGET2 business day after {date}: {earliest} at the earliest": (
        "moet minstens één TARGET2-werkdag na {date} liggen: op zijn vroegst {earliest}"
    ),
    "must not be before the collection date {date} of {number}": (
        "mag niet vóór de incassodatum {date} van {number} liggen"
    ),
    "set the company's SEPA creditor identifier (incassant-ID) before collecting": (
        "vul eerst het incassant-ID van het bedrijf in"
    ),
    "the mandate already collects from {iban}": "de machtiging incasseert al van {iban}",
    "there is no mandate {reference!r}": "er is geen machtiging {reference!r}",
    "this is not a payment status report (pain.002) or a debit notification (camt.054)": (
        "dit is geen statusrapport (pain.002) of debetbericht (camt.054)"
    ),
    "{value!r} is an account outside the SEPA zone ({country})": (
        "{value!r} is een rekening buiten het SEPA-gebied ({country})"
    ),
    "{value!r} is not a date": "{value!r} is geen datum",
    "{value!r} is not a reason code (four letters or digits, like AM04)": (
        "{value!r} is geen redencode (vier letters of cijfers, zoals AM04)"
    ),
    "{value!r} is not an amount": "{value!r} is geen bedrag",
    "no direct debit was collected with the end-to-end id {text}": (
        "er is geen incasso met het end-to-end-kenmerk {text}"
    ),
    "the direct debit {text} was {status} already on {date}": "de incasso {text} is al {status} op {date}",
    "the file returns {amount} for {text}, but {collected} was collected": (
        "het bestand stort {amount} terug voor {text}, maar er is {collected} geïncasseerd"
    ),
    "named twice in the file": "staat twee keer in het bestand",
    "the creditor identifier {value} has check digits that do not match; the bank refuses the file unless it"
    " issued this identifier": (
        "de controlecijfers van incassant-ID {value} kloppen niet; de bank weigert het bestand, tenzij zij dit ID"
        " heeft uitgegeven"
    ),
    "{number}: pre-notified on {date}, {count} days before the collection (agreed: {days})": (
        "{number}: vooraangekondigd op {date}, {count} dagen voor de incasso (afgesproken: {days})"
    ),
    # --- bills of exchange (issue 12) ---
    "drawn": "getrokken",
    "remitted": "geremitteerd",
    "honored": "afgerekend",
    "protested": "geprotesteerd",
    "redrawn": "hertrokken",
    "settled": "afgerekend",
    "remitted to the bank": "aan de bank geremitteerd",
    "{number} is {state}; it cannot be {step}": "{number} is {state}; de wissel kan niet worden {step}",
    "must not be before {date}, the last step of {number}": "mag niet voor {date} liggen, de laatste stap van {number}",
    "{number} falls due on {due_date}; not before then": "{number} vervalt op {due_date}; niet eerder",
    "{number} falls due on {due_date}; a bill is remitted for discount before its due date": (
        "{number} vervalt op {due_date}; een wissel wordt voor de vervaldatum ter discontering geremitteerd"
    ),
    "give at least one number": "geef minstens één nummer op",
    "{number} is listed twice": "{number} staat er twee keer in",
    "there is no bill of exchange {number!r}": "er is geen wissel {number!r}",
    "there is no invoice {number!r}": "er is geen factuur {number!r}",
    "{number} is not an invoice": "{number} is geen factuur",
    "{number} has nothing open to draw a bill for": (
        "{number} heeft geen openstaand bedrag om een wissel voor te trekken"
    ),
    "give an amount only when drawing a bill for one invoice": (
        "geef alleen een bedrag op wanneer u een wissel voor één factuur trekt"
    ),
    "must not be before {date}, the date of {number}": "mag niet voor {date} liggen, de datum van {number}",
    "{amount} is more than the {balance} open on {number}": (
        "{amount} is meer dan de {balance} die open staat op {number}"
    ),
    "{number} fell due on {due_date}, before the draw date; give the bill's due date": (
        "{number} verviel op {due_date}, voor de trekkingsdatum; geef de vervaldatum van de wissel op"
    ),
    "must not be before the draw date {date}": "mag niet voor de trekkingsdatum {date} liggen",
    "only a bill remitted for discount has a discount charge": (
        "alleen een wissel die ter discontering wordt geremitteerd heeft discontokosten"
    ),
    "must be less than the {total} the bills are worth": "moet minder zijn dan de {total} die de wissels waard zijn",
    "{number} is a bill of exchange; the bank settles it": "{number} is een wissel; de bank rekent die af",
    "{text} is part of a bill of exchange; use the bill's steps": (
        "{text} hoort bij een wissel; gebruik de stappen van de wissel"
    ),
    "the claim of {number} was settled outside its bill of exchange": (
        "de vordering van {number} is buiten de wissel om afgeletterd"
    ),
    # --- card payments (issue 12) ---
    "a card number has only digits (spaces and dashes between groups)": (
        "een kaartnummer bestaat alleen uit cijfers (spaties en streepjes tussen groepen)"
    ),
    "is not a Visa, MasterCard, American Express or Discover card number": (
        "is geen kaartnummer van Visa, MasterCard, American Express of Discover"
    ),
    "{brand} card numbers have {lengths} digits": "kaartnummers van {brand} hebben {lengths} cijfers",
    "the check digit is wrong: a digit was mistyped": "het controlecijfer klopt niet: er is een cijfer verkeerd getypt",
    "the month must be 1 to 12, got {month}": "de maand moet 1 tot en met 12 zijn, niet {month}",
    "the year {year} is not a card's expiry year": "het jaar {year} is geen vervaljaar van een kaart",
    "the card expired at the end of {month:02d}/{year}": "de kaart is verlopen aan het eind van {month:02d}/{year}",
    "{month:02d}/{year} is more than {years} years ahead": "{month:02d}/{year} ligt meer dan {years} jaar vooruit",
    "{brand} security codes have {length} digits": "beveiligingscodes van {brand} hebben {length} cijfers",
    "give the expiry as MM/YY or MM/YYYY": "geef de vervaldatum op als MM/JJ of MM/JJJJ",
    "give the expiry as MM/YY, MM/YYYY or (month, year), got {type_name}": (
        "geef de vervaldatum op als MM/JJ, MM/JJJJ of (maand, jaar), niet {type_name}"
    ),
    "authorized": "geautoriseerd",
    "captured": "afgeschreven",
    "voided": "geannuleerd",
    "declined": "geweigerd",
    "there is no active method of payment of kind card: create one, with the card clearing account": (
        "er is geen actieve betaalwijze van het soort kaart: maak er een aan, met de rekening kaartbetalingen"
    ),
    "name the card method of payment: {choices}": "noem de betaalwijze voor kaarten: {choices}",
    "{number} is not a document of customer {customer}": "{number} is geen document van klant {customer}",
    "{number} is not an invoice: a card payment pays a debit": (
        "{number} is geen factuur: een kaartbetaling betaalt een debetpost"
    ),
    "invoice {number} is already settled": "factuur {number} is al vereffend",
    "there is no card payment {number!r}": "er is geen kaartbetaling {number!r}",
    "card payment {number} is {state}: only an authorized one can be captured or voided": (
        "kaartbetaling {number} is {state}: alleen een geautoriseerde kan worden afgeschreven of geannuleerd"
    ),
    "must not be before the authorization on {date}": "mag niet vóór de autorisatie op {date} liggen",
    "{amount} is more than the open balance {balance} of invoice {invoice}": (
        "{amount} is meer dan het openstaande saldo {balance} van factuur {invoice}"
    ),
    "{amount} is more than the authorized {authorized}": "{amount} is meer dan het geautoriseerde {authorized}",
    "the card processor refused the capture: {reason}": "de kaartverwerker weigerde de afschrijving: {reason}",
    "the card processor refused the void: {reason}": "de kaartverwerker weigerde de annulering: {reason}",
    "method of payment {code} is not a card method": "betaalwijze {code} is geen betaalwijze voor kaarten",
    "invoice {invoice} is already settled: void the card payment instead": (
        "factuur {invoice} is al vereffend: annuleer de kaartbetaling"
    ),
    # --- SEPA files (issue 12, item 5) ---
    "give at least one collection": "geef minstens één incasso op",
    "give at least one transfer": "geef minstens één overboeking op",
    "in {currency}; SEPA direct debits are in EUR": "in {currency}; SEPA-incasso's zijn in EUR",
    "must be a Collection, got {type_name}": "moet een Collection zijn, niet {type_name}",
    "the mandate is signed on {signed}, after the collection date {date}": (
        "de machtiging is getekend op {signed}, na de incassodatum {date}"
    ),
    "the name of customer {account} has no letters or digits that a SEPA payment file can carry": (
        "de naam van klant {account} heeft geen letters of cijfers die een SEPA-betaalbestand kan bevatten"
    ),
    "{value!r} has no letters or digits that a SEPA payment file can carry": (
        "{value!r} heeft geen letters of cijfers die een SEPA-betaalbestand kan bevatten"
    ),
    "{value!r} holds {char!r}; a SEPA identifier has only letters A-Z, digits and / - ? : ( ) . , ' +": (
        "{value!r} bevat {char!r}; een SEPA-kenmerk heeft alleen letters A-Z, cijfers en / - ? : ( ) . , ' +"
    ),
    "{value!r}: a SEPA identifier may not start or end with / nor contain //": (
        "{value!r}: een SEPA-kenmerk mag niet met / beginnen of eindigen en geen // bevatten"
    ),
    "{value!r} is not a BIC a SEPA bank accepts: its location code (7th and 8th characters) is not valid": (
        "{value!r} is geen BIC die een SEPA-bank aanneemt: de locatiecode (7e en 8e teken) is ongeldig"
    ),
    "{value!r} is not a SEPA creditor identifier (country, check digits, business code, national id)": (
        "{value!r} is geen SEPA-incassant-ID (land, controlegetal, bedrijfscode, nationaal nummer)"
    ),
    "{value!r} is not a direct debit scheme (CORE, B2B or COR1)": (
        "{value!r} is geen incassoschema (CORE, B2B of COR1)"
    ),
    "{value!r} is not a pain.008 version ardesk writes (001.02 or 001.08)": (
        "{value!r} is geen pain.008-versie die ardesk schrijft (001.02 of 001.08)"
    ),
    "{value!r} is not a sequence type (FRST, RCUR, FNAL or OOFF)": (
        "{value!r} is geen volgordetype (FRST, RCUR, FNAL of OOFF)"
    ),
    # --- database roles (issue 11, item 2) ---
    "These books need an upgrade that only their owner may make: ask the administrator to open "
    "them once with this version of ardesk.": (
        "Deze administratie moet worden bijgewerkt en dat mag alleen de eigenaar: vraag de beheerder haar één keer "
        "te openen met deze versie van ardesk."
    ),
    "give the URL of books on a PostgreSQL server": "geef de URL van een administratie op een PostgreSQL-server",
    "the two passwords differ": "de twee wachtwoorden verschillen",
    "Your database role may only read these books; ask the administrator for the bookkeeper role.": (
        "Uw databaserol mag deze administratie alleen inzien; vraag de beheerder om de rol boekhouder."
    ),
    "Only the owner of the books with the right to create roles (CREATEROLE) may manage users.": (
        "Alleen de eigenaar van de administratie met het recht rollen te maken (CREATEROLE) mag gebruikers beheren."
    ),
    "database roles exist only on a PostgreSQL server": "databaserollen bestaan alleen op een PostgreSQL-server",
    "a password needs at least 8 characters": "een wachtwoord heeft minstens 8 tekens nodig",
    "create the ardesk roles first (ardesk --create-roles)": "maak eerst de ardesk-rollen (ardesk --create-roles)",
    "a user name has letters, digits, _ . or - and starts with a letter, got {name!r}": (
        "een gebruikersnaam bestaat uit letters, cijfers, _ . of - en begint met een letter, niet {name!r}"
    ),
    "{name!r} is reserved": "{name!r} is gereserveerd",
    "This computer has no keyring to keep the password in; it will be asked each time.": (
        "Deze computer heeft geen sleutelhanger om het wachtwoord in te bewaren; het wordt elke keer gevraagd."
    ),
    # --- clean input (issue 11, item 4) ---
    "the earliest date {low} must lie before the latest date {high}": (
        "de vroegste datum {low} moet vóór de laatste datum {high} liggen"
    ),
    "must not contain invisible or direction-changing characters such as {char}": (
        "mag geen onzichtbare of leesrichting-wijzigende tekens bevatten, zoals {char}"
    ),
    "{value} is outside the dates ardesk accepts ({low} to {high})": (
        "{value} valt buiten de datums die ardesk aanneemt ({low} tot en met {high})"
    ),
    "{value!r} is not an IBAN: {country!r} is not a country with IBANs": (
        "{value!r} is geen IBAN: {country!r} is geen land met IBAN's"
    ),
    "{value!r} is not a BIC: {country!r} is not a country code": "{value!r} is geen BIC: {country!r} is geen landcode",
    "must be a decimal number (Decimal), not text {value!r}": (
        "moet een decimaal getal (Decimal) zijn, geen tekst {value!r}"
    ),
    "the exchange rate {rate} turns {amount} {currency} into zero {company_currency}": (
        "de wisselkoers {rate} maakt van {amount} {currency} nul {company_currency}"
    ),
    # --- audit trail (issue 11) ---
    "must be a whole number from 1 to 100,000, got {value!r}": (
        "moet een geheel getal van 1 tot 100.000 zijn, niet {value!r}"
    ),
    # --- bank statement import (issue 10) ---
    "entry {entry} has no journal line": "regel {entry} heeft geen dagboekregel",
    "entry {entry} is money out, not a customer payment": (
        "regel {entry} is een afschrijving, geen betaling van een klant"
    ),
    "must be a path, got {type_name}": "moet een bestandspad zijn, niet {type_name}",
    "payment journal {number} is not an imported bank statement": (
        "betalingsdagboek {number} is geen ingelezen bankafschrift"
    ),
    "set up a method of payment for bank receipts (BANK) before importing statements": (
        "richt eerst een betaalwijze voor bankontvangsten in (BANK) voordat u afschriften inleest"
    ),
    "the file holds {count} statements; import one statement per file": (
        "het bestand bevat {count} afschriften; lees één afschrift per bestand in"
    ),
    "the statement has no entry {entry!r}": "het afschrift heeft geen regel {entry!r}",
    "this statement was imported before: statement {statement} of {start} to {end} (payment journal "
    "{journal}) has the same file, number or days": (
        "dit afschrift is al eerder ingelezen: afschrift {statement} van {start} tot {end} (betalingsdagboek "
        "{journal}) heeft hetzelfde bestand, nummer of dezelfde dagen"
    ),
    # --- period close, general journal (issue 10) ---
    "a fiscal year has 1 to 24 months, not {months}": "een boekjaar heeft 1 tot 24 maanden, niet {months}",
    "a fiscal year starts on the first of a month, not on {day}": (
        "een boekjaar begint op de eerste van een maand, niet op {day}"
    ),
    "the fiscal year would overlap fiscal year {code}": "het boekjaar zou boekjaar {code} overlappen",
    "there is already a fiscal year {code!r}": "er is al een boekjaar {code!r}",
    "only an open period can be put on hold; {end} is {state}": (
        "alleen een open periode kan worden geblokkeerd; {end} is {state}"
    ),
    "the period ending {end} is not on hold": "de periode die eindigt op {end} is niet geblokkeerd",
    "a journal voucher needs at least two lines": "een memoriaalboeking heeft minstens twee regels nodig",
    "a line has either a debit or a credit": "een regel heeft een debet- of een creditbedrag, niet beide of geen",
    "must be a LedgerLine, got {type_name}": "moet een LedgerLine zijn, niet {type_name}",
    "{number} is a receivable (summary) account: customer balances change only through customer documents, "
    "never by a journal": (
        "{number} is een debiteurenverzamelrekening: debiteurensaldi veranderen alleen via documenten van "
        "klanten, nooit via een memoriaalboeking"
    ),
    "{number} is deactivated": "{number} is gedeactiveerd",
    "{key!r} is not a line of the close checklist": "{key!r} is geen regel van de afsluitlijst",
    "the line {line} shows a difference in the books; resolve it, it cannot be let pass": (
        "de regel {line} toont een verschil in de administratie; los het op, het kan niet worden overgeslagen"
    ),
    "the month cannot be closed yet: {lines} still open; resolve them or give a reason to let them pass": (
        "de maand kan nog niet worden afgesloten: {lines} staan nog open; los ze op of geef een reden om ze "
        "over te slaan"
    ),
    "draft invoices": "conceptfacturen",
    "packing slips to invoice": "te factureren pakbonnen",
    "recurring invoices due": "verschuldigde periodieke facturen",
    "unposted payment journals": "niet-geboekte betalingsdagboeken",
    "collection letters and interest notes": "aanmaningen en rentenota's",
    "reconciliation": "aansluiting",
    "aged balance": "ouderdomsanalyse",
    "open": "geopend",
    "on hold": "geblokkeerd",
    "closed": "afgesloten",
    # --- general checks of what is typed or passed in
    "must not be empty": "mag niet leeg zijn",
    "is required": "is verplicht",
    "must be text": "moet tekst zijn",
    "must be text, got {type_name}": "moet tekst zijn, niet {type_name}",
    "is longer than {max_len} characters": "is langer dan {max_len} tekens",
    "{text!r} is longer than {max_len} characters": "{text!r} is langer dan {max_len} tekens",
    "must not contain control characters": "mag geen stuurtekens bevatten",
    "must be one line": "moet op één regel passen",
    "is {count} characters long; at most {limit} are allowed": (
        "is {count} tekens lang; er zijn er hoogstens {limit} toegestaan"
    ),
    "contains an invisible control character (U+{code:04X}) at {position}": (
        "bevat een onzichtbaar stuurteken (U+{code:04X}) op positie {position}"
    ),
    "must be True or False": "moet True of False zijn",
    "must be True or False, got {value!r}": "moet True of False zijn, niet {value!r}",
    "must be True or False, got {default!r}": "moet True of False zijn, niet {default!r}",
    "must be True or False, got {v!r}": "moet True of False zijn, niet {v!r}",
    "must be a date": "moet een datum zijn",
    "must be a date, got {type_name} {value!r}": "moet een datum zijn, niet {type_name} {value!r}",
    "must be one of {choices}": "moet een van deze zijn: {choices}",
    "must be one of {choices}; got {value!r}": "moet een van deze zijn: {choices}; niet {value!r}",
    "must be one of {choices}; got {kind!r}": "moet een van deze zijn: {choices}; niet {kind!r}",
    "must be one of {choices}; got {v!r}": "moet een van deze zijn: {choices}; niet {v!r}",
    "must be one of {choices}; got {fields!r}": "moet een van deze zijn: {choices}; niet {fields!r}",
    "must be 'en' or 'nl'": "moet 'en' of 'nl' zijn",
    "must be 'en' or 'nl', got {value!r}": "moet 'en' of 'nl' zijn, niet {value!r}",
    "must be a whole number of at least 1": "moet een geheel getal van minstens 1 zijn",
    "must be a whole number, not {type_name}": "moet een geheel getal zijn, niet {type_name}",
    "must be a whole number from {low} to {high}, got {v!r}": (
        "moet een geheel getal van {low} tot en met {high} zijn, niet {v!r}"
    ),
    "must be a whole number from 0 to 8, got {places!r}": (
        "moet een geheel getal van 0 tot en met 8 zijn, niet {places!r}"
    ),
    "must be a whole number from 1 to {steps}": "moet een geheel getal van 1 tot en met {steps} zijn",
    "must be at least {low}, got {value}": "moet minstens {low} zijn, niet {value}",
    "must not be negative, got {value}": "mag niet negatief zijn, niet {value}",
    "must be a function of (done, total)": "moet een functie van (done, total) zijn",
    "must be a role name": "moet de naam van een rol zijn",
    "cannot sort by {sort!r}": "kan niet sorteren op {sort!r}",
    "cannot be changed here; fields are {choices}": "kan hier niet gewijzigd worden; de velden zijn {choices}",
    "{email!r} is not an e-mail address": "{email!r} is geen e-mailadres",
    "must be a three-letter ISO currency code such as EUR, got {value!r}": (
        "moet een ISO-valutacode van drie letters zijn, zoals EUR, niet {value!r}"
    ),
    "{value!r} is not a known currency": "{value!r} is geen bekende valuta",
    "must be a two-letter country code such as NL": "moet een landcode van twee letters zijn, zoals NL",
    "{value!r} is not a country code (ISO 3166, such as NL, BE, DE)": (
        "{value!r} is geen landcode (ISO 3166, zoals NL, BE, DE)"
    ),
    "{value!r} is not an IBAN": "{value!r} is geen IBAN",
    "an IBAN from {iban} has {expected} characters, this one {count}": (
        "een IBAN uit {iban} heeft {expected} tekens, dit nummer {count}"
    ),
    "{value!r} has a wrong check digit; please check for typing errors": (
        "{value!r} heeft een onjuist controlegetal; controleer het op typefouten"
    ),
    "{value!r} is not a BIC (8 or 11 letters and digits)": "{value!r} is geen BIC (8 of 11 letters en cijfers)",
    # --- amounts, percentages and numbers
    "must be a finite number": "moet een eindig getal zijn",
    "{value!r} is not a number": "{value!r} is geen getal",
    "{value!r} is not an amount; type it like {example}": "{value!r} is geen bedrag; typ het als {example}",
    "must be a decimal amount, not {type_name}": "moet een decimaal bedrag zijn, niet {type_name}",
    "must be an exact decimal amount, not {type_name} {value!r}": (
        "moet een exact decimaal bedrag zijn, niet {type_name} {value!r}"
    ),
    "must be an exact decimal amount, not float {principal!r}": (
        "moet een exact decimaal bedrag zijn, niet float {principal!r}"
    ),
    "must be a Decimal amount, not {type_name}": "moet een Decimal-bedrag zijn, niet {type_name}",
    "must be an exact decimal, not float {value!r}": "moet een exact decimaal getal zijn, niet float {value!r}",
    "must be a Decimal, not {type_name}": "moet een Decimal zijn, niet {type_name}",
    "{value:.6E} is out of range": "{value:.6E} valt buiten het toegestane bereik",
    "{amount:.3E} is out of range": "{amount:.3E} valt buiten het toegestane bereik",
    "{amount:,} is out of range (at most {limit:,.0f})": (
        "{amount:,} valt buiten het toegestane bereik (hoogstens {limit:,.0f})"
    ),
    "an amount is out of range": "een bedrag valt buiten het toegestane bereik",
    "{amount} has more than {places} decimals": "{amount} heeft meer dan {places} decimalen",
    "{amount} has more than {places} decimals ({currency} amounts have {places})": (
        "{amount} heeft meer dan {places} decimalen (bedragen in {currency} hebben er {places})"
    ),
    "must not be negative, got {amount}": "mag niet negatief zijn, niet {amount}",
    "must not be zero": "mag niet nul zijn",
    "must be between {low} and {high} percent, got {pct}": "moet tussen {low} en {high} procent liggen, niet {pct}",
    "{pct} has more than 6 decimals": "{pct} heeft meer dan 6 decimalen",
    "{amount!r} is finer than the currency's minor unit": "{amount!r} is fijner dan de kleinste eenheid van de valuta",
    "must be a positive quantity with at most 4 decimals": "moet een positief aantal met hoogstens 4 decimalen zijn",
    "must be a price of at least 0 with at most 4 decimals": (
        "moet een prijs van minstens 0 met hoogstens 4 decimalen zijn"
    ),
    "{qty} has more than 4 decimals or is too large": "{qty} heeft meer dan 4 decimalen of is te groot",
    "{price} has more than 4 decimals or is too large": "{price} heeft meer dan 4 decimalen of is te groot",
    # --- exchange rates
    "must be positive with at most 8 decimals": "moet positief zijn met hoogstens 8 decimalen",
    "{cur} is the company's own currency; its rate is always 1": (
        "{cur} is de eigen valuta van het bedrijf; de koers is altijd 1"
    ),
    "must be 1 (or left out) for the company's own currency": (
        "moet 1 zijn (of leeg blijven) voor de eigen valuta van het bedrijf"
    ),
    "there is no exchange rate from {currency} to {company_currency}; give one or record it first": (
        "er is geen wisselkoers van {currency} naar {company_currency}; geef er een op of leg hem eerst vast"
    ),
    "there is no exchange rate from {currency} to {company_currency} on {day}; give one or record it first": (
        "er is geen wisselkoers van {currency} naar {company_currency} op {day}; geef er een op of leg hem eerst vast"
    ),
    "there is no exchange rate for {currency} on {date}": "er is geen wisselkoers voor {currency} op {date}",
    "there is no {cur} rate from {day}": "er is geen koers van {cur} met ingang van {day}",
    # --- the database and files
    "the database refused the change: {text}": "de database weigerde de wijziging: {text}",
    "A document was changed by another user at the same moment; nothing was saved. Try again.": (
        "Een document is op hetzelfde moment door een andere gebruiker gewijzigd; er is niets "
        "opgeslagen. Probeer het opnieuw."
    ),
    "The open balance of {numbers} was changed by another user at the same moment; nothing was saved. Try again.": (
        "Het openstaande saldo van {numbers} is op hetzelfde moment door een andere gebruiker gewijzigd; er is "
        "niets opgeslagen. Probeer het opnieuw."
    ),
    "Posted documents and vouchers cannot be changed or deleted; post a reversal or a credit note instead.": (
        "Geboekte documenten en boekstukken kunnen niet gewijzigd of verwijderd worden; boek in plaats daarvan "
        "een terugboeking of een creditnota."
    ),
    "The books are busy in another window; try again in a moment.": (
        "De administratie is bezig in een ander venster; probeer het zo dadelijk opnieuw."
    ),
    "The books in {path} are already open in another ardesk window or on another computer. Close that one "
    "first, or use a PostgreSQL server for several users.": (
        "De administratie in {path} is al geopend in een ander ardesk-venster of op een andere computer. Sluit "
        "die eerst, of gebruik een PostgreSQL-server voor meerdere gebruikers."
    ),
    "This file was written by a newer version of ardesk (schema {revision}); update ardesk to open it.": (
        "Dit bestand is geschreven door een nieuwere versie van ardesk (schema {revision}); werk ardesk bij om "
        "het te openen."
    ),
    "upgrade left broken references: {problems}": "de upgrade liet verbroken verwijzingen achter: {problems}",
    "cannot open the books at {url}: {orig}": "kan de administratie op {url} niet openen: {orig}",
    "the folder {parent!r} does not exist": "de map {parent!r} bestaat niet",
    # safe files (issue 11 item 3: db.integrity, services.text.file_to_write, company logo)
    "there is no books file {path}": "het administratiebestand {path} bestaat niet",
    "the books in {path} cannot be read: {reason}": "de administratie in {path} kan niet gelezen worden: {reason}",
    "{path} is empty (0 bytes): it is not ardesk books. ardesk left it as it is; choose another file or "
    "restore a backup.": (
        "{path} is leeg (0 bytes): het is geen ardesk-administratie. ardesk heeft het ongewijzigd gelaten; kies "
        "een ander bestand of zet een back-up terug."
    ),
    "{path} is not ardesk books (not an SQLite database). ardesk left it as it is.": (
        "{path} is geen ardesk-administratie (geen SQLite-database). ardesk heeft het ongewijzigd gelaten."
    ),
    "{path} is not ardesk books (it holds other data). ardesk left it as it is.": (
        "{path} is geen ardesk-administratie (het bevat andere gegevens). ardesk heeft het ongewijzigd gelaten."
    ),
    "The books in {path} are damaged ({reason}). ardesk left them as they are; restore a backup.": (
        "De administratie in {path} is beschadigd ({reason}). ardesk heeft haar ongewijzigd gelaten; zet een "
        "back-up terug."
    ),
    "the folder {parent!r} cannot be written to (read-only)": (
        "in de map {parent!r} kan niet geschreven worden (alleen-lezen)"
    ),
    "the file {path!r} cannot be written to (read-only)": (
        "het bestand {path!r} kan niet overschreven worden (alleen-lezen)"
    ),
    "give the folder to write to": "geef de map op waarin geschreven moet worden",
    "the logo is not a readable PNG or JPEG image ({reason})": (
        "het logo is geen leesbare PNG- of JPEG-afbeelding ({reason})"
    ),
    # spreadsheet export, customer import, backup and restore (services.exchange, db.backup)
    "the file name must end in .csv or .xlsx, not {suffix!r}": (
        "de bestandsnaam moet eindigen op .csv of .xlsx, niet op {suffix!r}"
    ),
    "give the file to read": "geef het bestand op dat gelezen moet worden",
    "there is no file {path}": "het bestand {path} bestaat niet",
    "{path} is a folder, not a file": "{path} is een map, geen bestand",
    "the file is not a text file": "het bestand is geen tekstbestand",
    "the file is empty": "het bestand is leeg",
    "the column {name!r} is not a customer field; the columns are {choices}": (
        "de kolom {name!r} is geen klantveld; de kolommen zijn {choices}"
    ),
    "the column {name!r} is there twice": "de kolom {name!r} staat er twee keer in",
    "the file needs the columns account and name": "het bestand moet de kolommen account en name hebben",
    "the row has {count} cells, the headings {expected}": "de regel heeft {count} cellen, de kopregel {expected}",
    "must be yes or no, got {value!r}": "moet yes of no (ja of nee) zijn, niet {value!r}",
    "{account!r} is already in row {line}": "{account!r} staat al in regel {line}",
    "the {what} list is not for one customer": "de lijst {what} is niet per klant",
    "the file has no customers": "het bestand bevat geen klanten",
    "Books on a PostgreSQL server are backed up with the server's own tool (pg_dump), not by ardesk.": (
        "Van een administratie op een PostgreSQL-server maakt u een reservekopie met het hulpmiddel van de "
        "server zelf (pg_dump), niet met ardesk."
    ),
    "a backup cannot be written over the open books themselves": (
        "een reservekopie kan niet over de geopende administratie zelf worden geschreven"
    ),
    "{path} is not an ardesk book (not an SQLite database)": (
        "{path} is geen ardesk-administratie (geen SQLite-database)"
    ),
    "{path} cannot be read: {reason}": "{path} kan niet worden gelezen: {reason}",
    "{path} is damaged and cannot be restored: {reason}": (
        "{path} is beschadigd en kan niet worden teruggezet: {reason}"
    ),
    "{path} is not an ardesk book": "{path} is geen ardesk-administratie",
    "give the backup file": "geef het bestand met de reservekopie op",
    "backups are restored to an SQLite file, not {target!r}": (
        "een reservekopie wordt teruggezet in een SQLite-bestand, niet in {target!r}"
    ),
    "the backup and the books to restore are the same file": (
        "de reservekopie en de terug te zetten administratie zijn hetzelfde bestand"
    ),
    "the folder {parent} does not exist": "de map {parent} bestaat niet",
    "give the file to write": "geef het bestand op dat geschreven moet worden",
    "give the combined file's name, not a folder": "geef de naam van het gecombineerde bestand op, geen map",
    "must be the bytes of a PNG or JPEG image": "moet de inhoud van een PNG- of JPEG-afbeelding zijn",
    "the logo image must be smaller than 2 MB": "het logo moet kleiner zijn dan 2 MB",
    # --- set-up records looked up by code
    "there is no customer {code!r}": "er is geen klant {code!r}",
    "there is no customer group {code!r}": "er is geen klantgroep {code!r}",
    "there is no terms of payment {code!r}": "er is geen betalingsvoorwaarde {code!r}",
    "there is no cash discount {code!r}": "er is geen betalingskorting {code!r}",
    "there is no posting profile {code!r}": "er is geen boekingsprofiel {code!r}",
    "there is no sales tax code {code!r}": "er is geen btw-code {code!r}",
    "there is no method of payment {code!r}": "er is geen betalingsmethode {code!r}",
    "there is no account {code!r}": "er is geen grootboekrekening {code!r}",
    "there is no ChargeCode {code!r}": "er is geen toeslagcode {code!r}",
    "there is no InterestCode {code!r}": "er is geen rentecode {code!r}",
    "there is no LetterSequence {code!r}": "er is geen aanmaningsreeks {code!r}",
    "there is no NumberSequence {code!r}": "er is geen nummerreeks {code!r}",
    "there is no {what} {code!r}": "er is geen {what} {code!r}",
    "The record was changed by another user at the same moment; nothing was saved. Try again.": (
        "De gegevens zijn op hetzelfde moment door een andere gebruiker gewijzigd; er is niets opgeslagen. "
        "Probeer het opnieuw."
    ),
    "{shown} is deactivated; choose another or activate it again under Set up": (
        "{shown} is gedeactiveerd; kies een andere of activeer hem weer onder Inrichting"
    ),
    "no account is set up for the role {role!r}": "er is geen grootboekrekening ingericht voor de rol {role!r}",
    "there is no company {code!r}": "er is geen bedrijf {code!r}",
    "there is no customer {account!r}": "er is geen klant {account!r}",
    "there is no customer {text!r}": "er is geen klant {text!r}",
    "must be a list of customer accounts": "moet een lijst met klantnummers zijn",
    # --- set-up
    "company {code!r} already exists": "bedrijf {code!r} bestaat al",
    "{code!r} already exists": "{code!r} bestaat al",
    "unknown role {role!r}; roles are {choices}": "onbekende rol {role!r}; de rollen zijn {choices}",
    "must be 'net' or 'cod'": "moet 'net' of 'cod' zijn",
    "give at least one (days, percent) period": "geef minstens één periode (dagen, procent) op",
    "must be a (days, percent) pair": "moet een paar (dagen, procent) zijn",
    "periods must be in ascending order of days": "de periodes moeten oplopen in aantal dagen",
    "a posting profile needs at least one line": "een boekingsprofiel heeft minstens één regel nodig",
    "must be (scope, who, receivable account[, write-off account])": (
        "moet (scope, who, debiteurenrekening[, afboekingsrekening]) zijn"
    ),
    "must be 'table', 'group' or 'all'": "moet 'table', 'group' of 'all' zijn",
    "a line for {scope} {who!r} is given twice": "een regel voor {scope} {who!r} is twee keer opgegeven",
    "must be empty for scope 'all'": "moet leeg zijn bij scope 'all'",
    "posting profile {code!r} has no line for customer {account!r} (nor for its group {group_code!r}, nor for all)": (
        "boekingsprofiel {code!r} heeft geen regel voor klant {account!r} (en ook niet voor de klantgroep "
        "{group_code!r} of voor alle klanten)"
    ),
    "there is no posting profile {text!r}": "er is geen boekingsprofiel {text!r}",
    "direct debit requires the payment kind 'electronic'": "automatische incasso vereist de betaalsoort 'electronic'",
    "is not a company detail": "is geen gegeven van het bedrijf",
    "is not an accounts receivable parameter": "is geen parameter van de debiteurenadministratie",
    "{code} is in use ({where}); deactivate it instead": (
        "{code} is in gebruik ({where}); deactiveer hem in plaats daarvan"
    ),
    "{code} is a default of the company; choose another default first": (
        "{code} is een standaardwaarde van het bedrijf; kies eerst een andere standaardwaarde"
    ),
    "{number} has postings; its kind cannot change": "op {number} is geboekt; de soort kan niet meer veranderen",
    "{number} is a summary account for customer balances": ("{number} is een verzamelrekening voor de debiteurensaldi"),
    "must not be lower than {next_number}: numbers are never used twice": (
        "mag niet lager zijn dan {next_number}: nummers worden nooit twee keer gebruikt"
    ),
    "the number sequence {code!r} is not set up": "de nummerreeks {code!r} is niet ingericht",
    "a {kind} code has a rate of 0 %": "een {kind}-code heeft een tarief van 0 %",
    # --- customers
    "customer {account!r} already exists": "klant {account!r} bestaat al",
    "is not a customer field": "is geen veld van een klant",
    "a customer must belong to a customer group": "een klant moet bij een klantgroep horen",
    "must be 'no', 'invoice' or 'all'": "moet 'no', 'invoice' of 'all' zijn",
    # --- invoicing
    "must be a list of Charge": "moet een lijst met Charge zijn",
    "must be 'invoice' or 'credit_note'": "moet 'invoice' of 'credit_note' zijn",
    "the document total is 0.00; there is nothing to post": "het documenttotaal is 0,00; er valt niets te boeken",
    "credit note lines carry the positive amounts that are credited": (
        "de regels van een creditnota bevatten de positieve bedragen die gecrediteerd worden"
    ),
    "must be a draft id": "moet het nummer van een concept zijn",
    "there is no draft {draft_id}": "er is geen concept {draft_id}",
    "invoice {number} is posted and cannot be changed; correct it or post a credit note": (
        "factuur {number} is geboekt en kan niet gewijzigd worden; corrigeer hem of boek een creditnota"
    ),
    "must be a Line": "moet een Line zijn",
    "must be a Charge": "moet een Charge zijn",
    "is not an invoice field": "is geen veld van een factuur",
    "there is no posted invoice {header!r}": "er is geen geboekte factuur {header!r}",
    "invoice {number} belongs to another customer": "factuur {number} hoort bij een andere klant",
    "{amount} is not quantity × unit price ({computed}); give one of the two, or make them agree": (
        "{amount} is niet aantal × stukprijs ({computed}); geef een van beide op, of laat ze overeenkomen"
    ),
    "give an amount or a unit price": "geef een bedrag of een stukprijs op",
    "customer {account} is on hold for invoicing": "klant {account} is geblokkeerd voor facturering",
    "an invoice needs at least one line": "een factuur heeft minstens één regel nodig",
    "must not be before the document date": "mag niet vóór de documentdatum liggen",
    "this invoice takes {account} to {after:,.2f}, over the credit limit of {limit:,.2f}": (
        "door deze factuur komt {account} op {after:,.2f}, boven de kredietlimiet van {limit:,.2f}"
    ),
    "these are not drafts of this company: {ids}": "dit zijn geen concepten van dit bedrijf: {ids}",
    "there is no posted invoice {number!r}": "er is geen geboekte factuur {number!r}",
    "{number} was already corrected (cancelled by {done})": "{number} is al gecorrigeerd (geannuleerd door {done})",
    "{number} is (partly) settled; unsettle its payments before correcting it": (
        "{number} is (gedeeltelijk) vereffend; maak de vereffening van de betalingen eerst ongedaan"
    ),
    "must not be before the invoice date {date}": "mag niet vóór de factuurdatum {date} liggen",
    "there is no posted invoice or credit note {number!r}": "er is geen geboekte factuur of creditnota {number!r}",
    "there is no posted invoice or credit note {text!r}": "er is geen geboekte factuur of creditnota {text!r}",
    # --- orders, packing slips and recurring invoices
    "item {number!r} already exists": "artikel {number!r} bestaat al",
    "there is no item {item!r}": "er is geen artikel {item!r}",
    "an order needs at least one line": "een order heeft minstens één regel nodig",
    "there is no sales order {number!r}": "er is geen verkooporder {number!r}",
    "there is no sales order {text!r}": "er is geen verkooporder {text!r}",
    "must not be before the order date {date}": "mag niet vóór de orderdatum {date} liggen",
    "everything on {number} has been delivered": "alles van {number} is geleverd",
    "give at least one packing slip number": "geef minstens één pakbonnummer op",
    "the packing slips belong to different customers": "de pakbonnen horen bij verschillende klanten",
    "packing slips are invoiced with a positive total": "pakbonnen worden gefactureerd met een positief totaal",
    "must be an OrderLine": "moet een OrderLine zijn",
    "give a price for a line without an item": "geef een prijs op voor een regel zonder artikel",
    "give a description for a line without an item": "geef een omschrijving op voor een regel zonder artikel",
    "give {line index: quantity} for at least one line": "geef {line index: quantity} op voor minstens één regel",
    "there is no packing slip {number!r}": "er is geen pakbon {number!r}",
    "there is no packing slip {text!r}": "er is geen pakbon {text!r}",
    "packing slip {number} is already invoiced": "pakbon {number} is al gefactureerd",
    "packing slip {number} is given twice": "pakbon {number} is twee keer opgegeven",
    "the order has no line {i!r}": "de order heeft geen regel {i!r}",
    "only {left} is left to deliver": "er staat nog maar {left} open om te leveren",
    "there is no draft invoice {draft_id}": "er is geen conceptfactuur {draft_id}",
    "there is no invoice {number}": "er is geen factuur {number}",
    "the overdue list needs a date": "de lijst met vervallen posten heeft een datum nodig",
    "a pro forma is printed for a draft invoice, not a credit note": (
        "een pro-formafactuur wordt afgedrukt voor een conceptfactuur, niet voor een creditnota"
    ),
    "there is no template {text!r}": "er is geen sjabloon {text!r}",
    "there is no template {template!r}": "er is geen sjabloon {template!r}",
    "a template named {name!r} already exists": "er bestaat al een sjabloon met de naam {name!r}",
    "must be an assignment id": "moet het nummer van een koppeling zijn",
    "there is no assignment {assignment_id}": "er is geen koppeling {assignment_id}",
    "must not be before the start date {start_date}": "mag niet vóór de begindatum {start_date} liggen",
    "must not be before the start date": "mag niet vóór de begindatum liggen",
    "must be 'template' or 'customer'": "moet 'template' of 'customer' zijn",
    # --- vouchers and periods
    "a voucher needs at least one line": "een boekstuk heeft minstens één regel nodig",
    "the voucher does not balance: debit minus credit is {total}": (
        "het boekstuk is niet in evenwicht: debet min credit is {total}"
    ),
    "there is no voucher {number!r}": "er is geen boekstuk {number!r}",
    "a period ends on the last day of a month ({day:%Y-%m}-{last:02d}), not on {day}": (
        "een periode eindigt op de laatste dag van een maand ({day:%Y-%m}-{last:02d}), niet op {day}"
    ),
    "the period ending {end} is not closed": "de periode die eindigt op {end} is niet afgesloten",
    "the period ending {end} is already closed": "de periode die eindigt op {end} is al afgesloten",
    "{date} lies in a closed period ({end:%B %Y}); reopen it or use a later date": (
        "{date} valt in een afgesloten periode ({end:%B %Y}); heropen die of gebruik een latere datum"
    ),
    "balances as of a past date come with settlement history": (
        "saldi per een datum in het verleden komen met de vereffeningshistorie"
    ),
    # --- payments, settlement and journals
    "must be a list of PaymentLine": "moet een lijst met PaymentLine zijn",
    "must be a PaymentLine": "moet een PaymentLine zijn",
    "give at least one document number": "geef minstens één documentnummer op",
    "there is no document {number!r}": "er is geen document {number!r}",
    "there is no document {text!r}": "er is geen document {text!r}",
    "there is no document {text!r} of {account}": "er is geen document {text!r} van {account}",
    "there is no method of payment {method!r}": "er is geen betalingsmethode {method!r}",
    "method of payment {code} has no account to post to": (
        "betalingsmethode {code} heeft geen grootboekrekening om op te boeken"
    ),
    "method of payment {code} has no bank account": "betalingsmethode {code} heeft geen bankrekening",
    "a prepayment is settled against its invoice later, not when it is posted": (
        "een vooruitbetaling wordt later met de factuur vereffend, niet bij het boeken"
    ),
    "{number} is marked on another line too": "{number} is ook op een andere regel gemarkeerd",
    "must not be before the date of {choices}": "mag niet vóór de datum van {choices} liggen",
    "must be a settlement id": "moet het nummer van een vereffening zijn",
    "there is no settlement {settlement_id}": "er is geen vereffening {settlement_id}",
    "settlement {settlement_id} was already undone": "vereffening {settlement_id} is al ongedaan gemaakt",
    "must not be before the settlement date": "mag niet vóór de vereffeningsdatum liggen",
    "{text} is a {kind}; unsettle its settlement instead": (
        "{text} is een {kind}; maak in plaats daarvan de vereffening ongedaan"
    ),
    "must not be before {date}": "mag niet vóór {date} liggen",
    "{text} was already reversed": "{text} is al teruggeboekt",
    "{text} is not a payment": "{text} is geen betaling",
    "only credits are marked ({numbers}): a payment settles invoices, so mark an invoice for them to settle "
    "against; a credit balance is paid back with a reimbursement": (
        "er zijn alleen creditposten gemarkeerd ({numbers}): een betaling lettert facturen af, dus markeer een "
        "factuur om ze mee af te letteren; een creditsaldo wordt terugbetaald met een terugbetaling"
    ),
    "mark at least one debit (invoice) and one credit (payment, credit note)": (
        "markeer minstens één debetpost (factuur) en één creditpost (betaling, creditnota)"
    ),
    "the marked credits cover the marked invoices; settle them instead of posting a payment": (
        "de gemarkeerde creditposten dekken de gemarkeerde facturen; letter ze af in plaats van een betaling te boeken"
    ),
    "{amount} is less than the {marked} marked with amounts": (
        "{amount} is minder dan de {marked} die met bedragen is gemarkeerd"
    ),
    "{number} is marked in payment journal {journal}, line {seq}, which is not posted yet; post that journal "
    "or remove the mark there first": (
        "{number} is gemarkeerd in betalingsjournaal {journal}, regel {seq}, dat nog niet geboekt is; boek dat "
        "journaal of verwijder daar eerst de markering"
    ),
    "must be a list of Mark": "moet een lijst met Mark zijn",
    "must be a Mark": "moet een Mark zijn",
    "must be 'normal', 'always' or 'never'": "moet 'normal', 'always' of 'never' zijn",
    "give a document number": "geef een documentnummer op",
    "{number} belongs to another customer": "{number} hoort bij een andere klant",
    "{number} is a credit of {code}; settle it there": "{number} is een creditpost van {code}; letter hem daar af",
    "{number} is in {currency}, the payment in {payment_currency}": (
        "{number} is in {currency}, de betaling in {payment_currency}"
    ),
    "{number} is marked twice": "{number} is twee keer gemarkeerd",
    "{number} is already settled": "{number} is al vereffend",
    "{requested} is more than the {open} open on {number}": (
        "{requested} is meer dan de {open} die op {number} openstaat"
    ),
    "a cash discount on another company's invoice needs a payment of this company": (
        "een betalingskorting op een factuur van een ander bedrijf vraagt om een betaling van dit bedrijf"
    ),
    "{amount} is more than is open on {number} or {credit_number}": (
        "{amount} is meer dan er openstaat op {number} of {credit_number}"
    ),
    "transactions of different customers cannot be settled together": (
        "posten van verschillende klanten kunnen niet samen vereffend worden"
    ),
    "{number} is in {currency} and {credit_number} in {credit_currency}; settle documents of one currency": (
        "{number} is in {currency} en {credit_number} in {credit_currency}; letter documenten in één valuta af"
    ),
    "there is no payment journal {text!r}": "er is geen betalingsjournaal {text!r}",
    "payment journal {text} is posted": "betalingsjournaal {text} is geboekt",
    "give the amount received, or mark what it pays": (
        "geef het ontvangen bedrag op, of markeer wat ermee betaald wordt"
    ),
    "journal {number} has no line {index!r}": "journaal {number} heeft geen regel {index!r}",
    "payment journal {number} has no lines": "betalingsjournaal {number} heeft geen regels",
    "give at least one posted payment": "geef minstens één geboekte betaling op",
    "a deposit slip holds the payments of one bank account": (
        "een stortingsbewijs bevat de betalingen van één bankrekening"
    ),
    "there is no posted payment {number!r}": "er is geen geboekte betaling {number!r}",
    "payment {number} has no reference (cheque number) for the deposit slip": (
        "betaling {number} heeft geen kenmerk (chequenummer) voor het stortingsbewijs"
    ),
    "payment {number} is already on a deposit slip": "betaling {number} staat al op een stortingsbewijs",
    "payment {number} is given twice": "betaling {number} is twee keer opgegeven",
    # --- refunds and write-offs
    "give at least one refund": "geef minstens één terugbetaling op",
    "no IBAN": "geen IBAN",
    "These books had lost {count} of their protective rules ({names}): someone changed the database outside "
    "ardesk. They are restored; run Verify books to check the history.": (
        "Deze administratie was {count} van haar beschermende regels kwijt ({names}): iemand heeft de database "
        "buiten ardesk gewijzigd. Ze zijn hersteld; voer Administratie controleren uit om de historie na te gaan."
    ),
    "the maximum of {maximum:,.2f} would be exceeded": "het maximum van {maximum:,.2f} zou overschreden worden",
    "in {currency}; SEPA credit transfers are in EUR": "in {currency}; SEPA-overboekingen zijn in EUR",
    "company {code} has no IBAN to pay the refunds from": (
        "bedrijf {code} heeft geen IBAN om de terugbetalingen van te doen"
    ),
    "there is no refund {text!r}": "er is geen terugbetaling {text!r}",
    "{text} is given twice": "{text} is twee keer opgegeven",
    "{text} is in {currency}; SEPA credit transfers are in EUR": (
        "{text} is in {currency}; SEPA-overboekingen zijn in EUR"
    ),
    "customer {account} has no IBAN to refund to": "klant {account} heeft geen IBAN om naar terug te betalen",
    "give either the transactions to write off or a customer": "geef de af te boeken posten op of een klant",
    "customer {account} has nothing open to write off": "klant {account} heeft niets openstaan om af te boeken",
    "there is no open document {text!r}": "er is geen openstaand document {text!r}",
    # --- centralized payments
    "give at least two company codes": "geef minstens twee bedrijfscodes op",
    "the companies of a centralized-payments group need one accounting currency; these have {choices}": (
        "de bedrijven van een groep voor centrale betalingen hebben één boekhoudvaluta nodig; deze hebben {choices}"
    ),
    "{code} and {other_code} are not in one centralized-payments group": (
        "{code} en {other_code} zitten niet in één groep voor centrale betalingen"
    ),
    "customer {account} has no party; centralized payments find the customer in the other company by its party": (
        "klant {account} heeft geen relatie; centrale betalingen vinden de klant in het andere bedrijf via de relatie"
    ),
    "company {code} has no customer with party {party!r}": ("bedrijf {code} heeft geen klant met relatie {party!r}"),
    "must be 'invoice' or 'payment'": "moet 'invoice' of 'payment' zijn",
    "{code} is given twice": "{code} is twee keer opgegeven",
    # --- aging
    "must be 'due_date' or 'document_date', got {value!r}": "moet 'due_date' of 'document_date' zijn, niet {value!r}",
    "give 1 to {max_buckets} (label, from_days, to_days) buckets": (
        "geef 1 tot en met {max_buckets} perioden (label, from_days, to_days) op"
    ),
    "must be None: the last bucket takes all older items": (
        "moet None zijn: de laatste periode neemt alle oudere posten"
    ),
    "{code!r} is the only aging definition; create another one first": (
        "{code!r} is de enige ouderdomsperiodedefinitie; maak er eerst een andere aan"
    ),
    "there is no aging definition {code!r}": "er is geen ouderdomsperiodedefinitie {code!r}",
    "there is no aging definition in this company": "er is geen ouderdomsperiodedefinitie in dit bedrijf",
    "there is no aging definition {name!r}": "er is geen ouderdomsperiodedefinitie {name!r}",
    "{code!r} has {count} buckets; the printed report has room for {printed_buckets}": (
        "{code!r} heeft {count} perioden; het afgedrukte rapport heeft ruimte voor {printed_buckets}"
    ),
    "must be (label, from_days, to_days)": "moet (label, from_days, to_days) zijn",
    "{label!r} is the label of an earlier bucket": "{label!r} is het label van een eerdere periode",
    "must not be before from_days": "mag niet vóór from_days liggen",
    "must be None: the first bucket takes every younger item": (
        "moet None zijn: de eerste periode neemt alle jongere posten"
    ),
    "must be a whole number of days (at most {max_days}) or None": (
        "moet een geheel aantal dagen (hoogstens {max_days}) of None zijn"
    ),
    "only the last bucket may be open-ended (None)": "alleen de laatste periode mag open zijn (None)",
    "must be {day}: the day after the previous bucket ends (no gap, no overlap)": (
        "moet {day} zijn: de dag na het einde van de vorige periode (geen gat, geen overlap)"
    ),
    "there is no bucket {bucket!r} in aging definition {code}": (
        "er is geen periode {bucket!r} in ouderdomsperiodedefinitie {code}"
    ),
    # --- statements and activities
    "{first} is after the end date {last}": "{first} ligt na de einddatum {last}",
    "a promise to pay needs the date promised": "een betalingsbelofte heeft de beloofde datum nodig",
    "there is no activity {activity_id!r}": "er is geen activiteit {activity_id!r}",
    "must be '', 'hold', 'disputed', 'promise' or 'promise_broken'": (
        "moet '', 'hold', 'disputed', 'promise' of 'promise_broken' zijn"
    ),
    "must be '', 'hold' or 'disputed'": "moet '', 'hold' of 'disputed' zijn",
    # --- interest
    "an interest code needs at least one version": "een rentecode heeft minstens één versie nodig",
    "interest code {code!r} already exists": "rentecode {code!r} bestaat al",
    "must be an InterestVersion": "moet een InterestVersion zijn",
    "a version from {valid_from} exists already": "er bestaat al een versie met ingang van {valid_from}",
    "must be (from, value)": "moet (from, value) zijn",
    "unknown method {method!r} (one of {choices})": "onbekende methode {method!r} (een van {choices})",
    "must be (number, unit)": "moet (number, unit) zijn",
    "unknown unit {every!r} (day or month)": "onbekende eenheid {every!r} (day of month)",
    "unknown range kind {range_by!r} (amount, days or months)": (
        "onbekende staffelsoort {range_by!r} (amount, days of months)"
    ),
    "minimum {minimum} is above maximum {maximum}": "minimum {minimum} ligt boven maximum {maximum}",
    "range_by {range_by!r} needs at least one range line": (
        "range_by {range_by!r} heeft minstens één staffelregel nodig"
    ),
    "ranges are given but range_by is not set": "er zijn staffels opgegeven maar range_by is niet ingesteld",
    "the method {method} needs a percent": "de methode {method} heeft een percentage nodig",
    "the method {method} needs an amount": "de methode {method} heeft een bedrag nodig",
    "line {line} must be (from_value, value)": "regel {line} moet (from_value, value) zijn",
    "the first line must start at 0, not {start}": "de eerste regel moet bij 0 beginnen, niet bij {start}",
    "line {line}: from values must be ascending ({start} after {previous})": (
        "regel {line}: de vanaf-waarden moeten oplopen ({start} na {previous})"
    ),
    "line {line}: a {range_by} number is whole, not {start}": (
        "regel {line}: een aantal {range_by} is geheel, niet {start}"
    ),
    "must be a RateVersion, not {type_name}": "moet een RateVersion zijn, niet {type_name}",
    "{valid_from} must come after the previous version's {previous} (dates unique and ascending)": (
        "{valid_from} moet na {previous} van de vorige versie komen (datums uniek en oplopend)"
    ),
    "{day} comes before {days}: change points must be ascending": (
        "{day} komt vóór {days}: de wijzigingsdatums moeten oplopen"
    ),
    "must be (date, balance)": "moet (date, balance) zijn",
    "must be a list of transaction kinds": "moet een lijst met postsoorten zijn",
    "must not be after to_date": "mag niet na to_date liggen",
    "there is no interest note {text!r}": "er is geen rentenota {text!r}",
    "give the document numbers whose lines to remove": "geef de documentnummers op waarvan de regels weg moeten",
    "a note keeps at least one line; cancel the note instead": (
        "een nota houdt minstens één regel; annuleer in plaats daarvan de nota"
    ),
    "interest note {number} is {state}, not a proposal": "rentenota {number} heeft de status {state}, geen voorstel",
    "must not be before the calculation date {to_date}": "mag niet vóór de berekeningsdatum {to_date} liggen",
    "must not be before the note's posting date {date}": "mag niet vóór de boekingsdatum {date} van de nota liggen",
    "interest note {number} is {state}; only a posted note can be waived": (
        "rentenota {number} heeft de status {state}; alleen een geboekte nota kan kwijtgescholden worden"
    ),
    "interest note {number} is paid; there is nothing to waive": (
        "rentenota {number} is betaald; er valt niets kwijt te schelden"
    ),
    "interest note {number} is {state}; only a posted note can be reversed": (
        "rentenota {number} heeft de status {state}; alleen een geboekte nota kan teruggeboekt worden"
    ),
    "interest note {number} is {state}; only a waived note can be reinstated": (
        "rentenota {number} heeft de status {state}; alleen een kwijtgescholden nota kan hersteld worden"
    ),
    "{num!r} has no line on note {number}": "{num!r} heeft geen regel op nota {number}",
    # --- collection letters and their costs
    "a collection letter sequence needs at least one step": "een aanmaningsreeks heeft minstens één stap nodig",
    "a sequence has at most {max_steps} steps": "een reeks heeft hoogstens {max_steps} stappen",
    "collection letter sequence {code!r} already exists": "aanmaningsreeks {code!r} bestaat al",
    "must be 'transaction' or 'customer'": "moet 'transaction' of 'customer' zijn",
    "must be a list of currency codes, or None for every currency": (
        "moet een lijst met valutacodes zijn, of None voor elke valuta"
    ),
    "sequence {code} has no step {step_code!r}": "reeks {code} heeft geen stap {step_code!r}",
    "must be a LetterStep": "moet een LetterStep zijn",
    "step {code!r} is given twice": "stap {code!r} is twee keer opgegeven",
    "must be a whole number of days from 0 to 3650, got {days!r}": (
        "moet een geheel aantal dagen van 0 tot en met 3650 zijn, niet {days!r}"
    ),
    "a 14-day letter must state the amount of the collection costs: use {costs}": (
        "een veertiendagenbrief moet het bedrag van de incassokosten noemen: gebruik {costs}"
    ),
    "has an unknown placeholder {{{name}}}; did you mean {{{close}}}?": (
        "bevat een onbekende plaatsaanduiding {{{name}}}; bedoelde u {{{close}}}?"
    ),
    "has an unknown placeholder {{{name}}}; known: {known}": (
        "bevat een onbekende plaatsaanduiding {{{name}}}; bekend zijn: {known}"
    ),
    "there is no collection letter {text!r}": "er is geen aanmaning {text!r}",
    "letter {number} is {state}; only a created letter can be edited": (
        "aanmaning {number} heeft de status {state}; alleen een aangemaakte aanmaning kan bewerkt worden"
    ),
    "letter {number} is {state}; only a created letter can be cancelled": (
        "aanmaning {number} heeft de status {state}; alleen een aangemaakte aanmaning kan geannuleerd worden"
    ),
    "letter {number} is {state}; only a created letter can be posted": (
        "aanmaning {number} heeft de status {state}; alleen een aangemaakte aanmaning kan geboekt worden"
    ),
    "must not be before the letter date {letter_date}": "mag niet vóór de briefdatum {letter_date} liggen",
    "letter {number} is {state}; only a posted letter can be reversed": (
        "aanmaning {number} heeft de status {state}; alleen een geboekte aanmaning kan teruggeboekt worden"
    ),
    "must not be before the posting date {posted_date}": "mag niet vóór de boekingsdatum {posted_date} liggen",
    "there is no fee {text!r}": "er zijn geen aanmaningskosten {text!r}",
    "fee {text} is paid or waived; there is nothing to waive": (
        "aanmaningskosten {text} zijn betaald of kwijtgescholden; er valt niets kwijt te schelden"
    ),
    "must not be before the fee's date {date}": "mag niet vóór de datum {date} van de aanmaningskosten liggen",
    "must be a list of document numbers": "moet een lijst met documentnummers zijn",
    "a letter keeps at least one transaction; cancel the letter instead": (
        "een aanmaning houdt minstens één post; annuleer in plaats daarvan de aanmaning"
    ),
    "letter {later} was posted later for the same items; reverse it first": (
        "aanmaning {later} is later voor dezelfde posten geboekt; boek die eerst terug"
    ),
    "{num!r} is not in letter {number}": "{num!r} staat niet in aanmaning {number}",
    # e-invoices (services.einvoice_data)
    "the country of {party} is not known: give it a country, or end its address with the country": (
        "het land van {party} is niet bekend: geef een land op, of sluit het adres af met het land"
    ),
    # bank statement files and payment references (services.bank_files, services.payment_reference)
    "must be a whole number": "moet een geheel getal zijn",
    "{base!r} is not 1 to 21 letters and digits; an RF reference cannot be made of it": (
        "{base!r} bestaat niet uit 1 tot 21 letters en cijfers; er kan geen RF-kenmerk van gemaakt worden"
    ),
    "{number} does not fit in the 15 digits of a betalingskenmerk": (
        "{number} past niet in de 15 cijfers van een betalingskenmerk"
    ),
    "{sequence!r} is not the counter of invoice {number}": "{sequence!r} is niet het volgnummer van factuur {number}",
    "the file cannot be read ({reason})": "het bestand kan niet gelezen worden ({reason})",
    "the file is not a bank statement (CAMT.053 or MT940)": "het bestand is geen bankafschrift (CAMT.053 of MT940)",
    "the file contains NUL bytes: it is not text in an encoding ardesk reads (UTF-8 or Windows-1252)": (
        "het bestand bevat NUL-bytes: het is geen tekst in een codering die ardesk leest (UTF-8 of Windows-1252)"
    ),
    "the file holds no statement (no {element})": "het bestand bevat geen afschrift (geen {element})",
    "line {line} is not in the file's text encoding ({encoding}); save it again or ask the bank for a new download": (
        "regel {line} is niet in de tekstcodering van het bestand ({encoding}); sla het opnieuw op of download het"
        " opnieuw bij de bank"
    ),
    "the XML ends too early at line {line}: the file is incomplete (cut off)": (
        "de XML houdt te vroeg op bij regel {line}: het bestand is onvolledig (afgebroken)"
    ),
    "the XML is broken at line {line}, column {column}; the file is damaged": (
        "de XML is ongeldig op regel {line}, kolom {column}; het bestand is beschadigd"
    ),
    "the file has a document type declaration (DOCTYPE), which bank statements never have": (
        "het bestand heeft een documenttypedeclaratie (DOCTYPE), die bankafschriften nooit hebben"
    ),
    "the XML file is a {kind} document, not a CAMT.053 bank statement": (
        "het XML-bestand is een {kind}-document, geen CAMT.053-bankafschrift"
    ),
    "CAMT.053 version {version} is not supported (001.02 to 001.08 are)": (
        "CAMT.053-versie {version} wordt niet ondersteund (001.02 tot en met 001.08 wel)"
    ),
    "the statement at line {line} has no {element}": "het afschrift op regel {line} heeft geen {element}",
    "entry {entry} (line {line}) has no {element}": "boeking {entry} (regel {line}) heeft geen {element}",
    "entry {entry} (line {line}) has no {element} (CRDT or DBIT)": (
        "boeking {entry} (regel {line}) heeft geen {element} (CRDT of DBIT)"
    ),
    "entry {entry} (line {line}): {value!r} is not an amount": (
        "boeking {entry} (regel {line}): {value!r} is geen bedrag"
    ),
    "entry {entry} (line {line}): {value!r} is not a date": "boeking {entry} (regel {line}): {value!r} is geen datum",
    "entry {entry} (line {line}): its transactions add up to {details}, the entry to {amount}": (
        "boeking {entry} (regel {line}): de transacties erin tellen op tot {details}, de boeking tot {amount}"
    ),
    "line {line}: {value!r} is not an amount": "regel {line}: {value!r} is geen bedrag",
    "line {line}: {value!r} is not a date": "regel {line}: {value!r} is geen datum",
    "the statement's account {account!r} is not a valid IBAN": (
        "de rekening {account!r} van het afschrift is geen geldige IBAN"
    ),
    "the opening balance {opening} plus the entries ({total}) makes {expected}, but the closing balance"
    " is {closing}; the file is incomplete or wrong": (
        "het beginsaldo {opening} plus de boekingen ({total}) is {expected}, maar het eindsaldo is {closing};"
        " het bestand is onvolledig of onjuist"
    ),
    "line {line}: the balance :{tag}: {value!r} is not in MT940 form": (
        "regel {line}: het saldo :{tag}: {value!r} is niet in MT940-vorm"
    ),
    "entry {entry} (line {line}): the :61: line {value!r} is not in MT940 form": (
        "boeking {entry} (regel {line}): de :61:-regel {value!r} is niet in MT940-vorm"
    ),
    "the MT940 statement at line {line} has no :{tag}: line": (
        "het MT940-afschrift op regel {line} heeft geen :{tag}:-regel"
    ),
    "the MT940 statement at line {line} could not be read; the file is damaged": (
        "het MT940-afschrift op regel {line} kon niet gelezen worden; het bestand is beschadigd"
    ),
    # --- words inside messages (ardesk.errors.Term): what uses a code, states, kinds
    "account roles": "rekeningrollen",
    "the AR parameters": "de debiteurenparameters",
    "cash discounts": "betalingskortingen",
    "cash discount periods": "betalingskortingsperiodes",
    "charge codes": "toeslagcodes",
    "customers": "klanten",
    "customer groups": "klantgroepen",
    "customer transactions": "klanttransacties",
    "deposit slips": "stortingsbewijzen",
    "interest codes": "rentecodes",
    "invoices": "facturen",
    "invoice charges": "factuurtoeslagen",
    "invoice lines": "factuurregels",
    "invoice tax lines": "btw-regels van facturen",
    "invoice templates": "factuursjablonen",
    "invoice template lines": "regels van factuursjablonen",
    "open items": "openstaande posten",
    "ledger entries": "grootboekboekingen",
    "collection letter sequences": "aanmaningsreeksen",
    "collection letter steps": "stappen van aanmaningsreeksen",
    "methods of payment": "betalingsmethoden",
    "card payments": "kaartbetalingen",
    "payment journal lines": "betalingsjournaalregels",
    "posting profile lines": "regels van boekingsprofielen",
    "sales order lines": "verkooporderregels",
    "sales tax codes": "btw-codes",
    "other records": "andere gegevens",
    "created": "aangemaakt",
    "posted": "geboekt",
    "reversed": "teruggeboekt",
    "cancelled": "geannuleerd",
    "waived": "kwijtgescholden",
    "reinstated": "hersteld",
    "cash discount": "betalingskorting",
    "penny difference": "afrondingsverschil",
    "over underpayment": "over- of onderbetaling",
    "reversal": "terugboeking",
    "write off": "afschrijving",
    "intercompany": "intercompany-vereffening",
    "day": "dagen",
    "month": "maanden",
    "zero": "nultarief",
    "exempt": "vrijgesteld",
    "reverse charge": "verlegd",
    "intra eu": "intracommunautair",
    "export": "uitvoer",
    "table": "klant",
    "group": "groep",
    "all": "alle klanten",
    "new": "nieuw (niet getekend)",
    "active": "actief",
    "expired": "verlopen",
    "completed": "voltooid",
    "collected": "geïncasseerd",
    "rejected": "geweigerd",
    "returned": "gestorneerd",
}
