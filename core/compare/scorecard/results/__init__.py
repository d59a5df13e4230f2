"""What the later report says of last year's targets: figures and sentences found by a target's words
(result_words), by the names a review gives them (review_names), tax and fee cuts reviewed together
(tax_and_fees), and its word that the year's main targets were met (said_met)."""
