/** Days in an average month: client-months → client-days for per-diem payments. */
export const DAYS_PER_MONTH = 365.25 / 12;
