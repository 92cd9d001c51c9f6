-- The light thresholds (attain.lights.*) the status table was judged with. A server that starts with other thresholds
-- marks every project to be judged again (StatusThresholds), so a changed configuration never shows stale lights.
CREATE TABLE status_judged_with (
    id         TINYINT      NOT NULL,
    thresholds VARCHAR(500) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
