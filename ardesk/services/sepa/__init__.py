"""SEPA payment files (ISO 20022 pain.001 credit transfers, pain.008 direct debits): plain values in, bytes out.

No database access here: callers (services.credit_transfer, the direct-debit run) gather and check what
to pay or collect, these modules write it. Shared: charset (the SEPA character set), message_id (ids
from the content), ids (the creditor identifier)."""
