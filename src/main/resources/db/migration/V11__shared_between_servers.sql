-- What several Attain servers on one database share instead of keeping it in memory (issue 16).

-- Job and start-up locks (ShedLock's table): a row per lock name; a server holds the lock while lock_until is in the
-- future (database time), so one server runs a scheduled job and one at a time runs the start-up work.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins, counted per user name (as the account it names, or its normalised spelling) and per client
-- address, by every server alike. The subject is a SHA-256 of the counted key, so a password typed into the name
-- field is never stored. Times are epoch milliseconds of the servers' clocks.
CREATE TABLE login_failure (
    subject       CHAR(64) NOT NULL,
    failures      INT      NOT NULL,
    blocked_until BIGINT   NOT NULL,
    written_at    BIGINT   NOT NULL,
    PRIMARY KEY (subject),
    INDEX ix_login_failure_written (written_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- One-time setup tokens printed by servers that found no user: any of them creates the first administrator, once.
CREATE TABLE setup_token (
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
