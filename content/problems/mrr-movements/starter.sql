-- MRR movements per calendar month.
-- Columns: month_start, new_mrr, expansion_mrr, contraction_mrr, churned_mrr, reactivation_mrr; ordered by month_start.
SELECT
FROM calendar_months
