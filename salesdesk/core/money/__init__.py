"""Money across currencies: formatting (Babel), exchange rates, totals in the reporting currency.

``formats`` writes an amount the way a locale does, with each currency's own decimals;
``rates`` finds the rate valid on a day; ``totals`` adds amounts of several currencies up to
one number in the reporting currency, keeping what each currency gave and what had no rate.
"""
