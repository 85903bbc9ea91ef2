-- No query filters touchpoints by time alone: every figure is computed from the in-memory facts,
-- which read the table in (account_id, occurred_at) order through ix_touchpoint_account_time.
-- This index only cost writes: inserting a million touches in random time order into it took half
-- of a 1,000,000-row import on H2 (67 s with it, 32 s without).
drop index ix_touchpoint_time;
