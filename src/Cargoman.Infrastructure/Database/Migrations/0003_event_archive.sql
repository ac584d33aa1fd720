-- Every Stripe event this service received, once, with its raw JSON as Stripe sent it. Stripe
-- lists events for 30 days only; replays of older times read them from here.
CREATE TABLE event_archive (
    event_id    text        PRIMARY KEY,
    event_type  text        NOT NULL,
    created     timestamptz NOT NULL,
    customer_id text,
    -- How the event first arrived: 'poll', 'webhook' or 'replay'.
    received_by text        NOT NULL,
    raw_json    text        NOT NULL,
    archived_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_archive_created ON event_archive (created, event_id);
CREATE INDEX event_archive_type_created ON event_archive (event_type, created);
CREATE INDEX event_archive_customer_created ON event_archive (customer_id, created) WHERE customer_id IS NOT NULL;

-- One row per replay run that publishes, so that a run stopped midway can be resumed without
-- publishing its events twice.
CREATE TABLE replay_runs (
    run_id      uuid        PRIMARY KEY,
    request     text        NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX replay_runs_unfinished ON replay_runs (request) WHERE finished_at IS NULL;

-- The events each replay run has published and the broker has confirmed.
CREATE TABLE replay_published (
    run_id       uuid        NOT NULL REFERENCES replay_runs (run_id) ON DELETE CASCADE,
    event_id     text        NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, event_id)
);

-- Events applied again by a replay run with --reprocess. processed_events keeps the first
-- application; each reprocessing run claims the event here under its own run id.
CREATE TABLE reprocessed_events (
    event_id     text        NOT NULL,
    run_id       uuid        NOT NULL,
    event_type   text        NOT NULL,
    customer_id  text        NOT NULL,
    outcome      text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, run_id)
);
