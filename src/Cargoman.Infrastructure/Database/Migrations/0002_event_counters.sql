-- Deliveries that took no effect, by kind (duplicate, ignored, other-account), for operators.
CREATE TABLE event_counters (
    name       text        PRIMARY KEY,
    count      bigint      NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
