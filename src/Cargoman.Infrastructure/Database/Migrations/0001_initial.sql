-- The poller's place in Stripe's event list. Every event created before "watermark" has been
-- listed at least once; each poll lists again from a little before it, to catch events that
-- became visible late.
CREATE TABLE poller_position (
    name       text        PRIMARY KEY,
    start_at   timestamptz NOT NULL,
    watermark  timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Events the broker has confirmed; the overlap re-read skips them.
CREATE TABLE published_events (
    event_id     text        PRIMARY KEY,
    event_type   text        NOT NULL,
    created      timestamptz NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX published_events_created ON published_events (created);

-- Events whose effect on Cargoman is done. A row is inserted first, in the transaction that
-- applies the effect, so a concurrent or repeated delivery of the same event waits or finds it.
CREATE TABLE processed_events (
    event_id     text        PRIMARY KEY,
    event_type   text        NOT NULL,
    customer_id  text        NOT NULL,
    outcome      text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now()
);

-- The Cargoman state that this service last wrote or read, per Stripe customer.
CREATE TABLE cargoman_customers (
    external_id     text        PRIMARY KEY,
    cargoman_id     text        NOT NULL,
    status          text        NOT NULL,
    grants          jsonb       NOT NULL DEFAULT '[]',
    frozen_versions jsonb,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
