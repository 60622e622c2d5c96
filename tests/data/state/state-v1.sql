-- A state database as followup wrote it at schema version 1 (one panel interview, its plan with one
-- thank-you drafted, a checkpoint, a message read, a note). tests/test_store.py migrates it to the
-- current schema: keep it as is, and add a state-vN.sql beside it when schema N ships.
BEGIN TRANSACTION;
CREATE TABLE checkpoints (
        mailbox TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        PRIMARY KEY (mailbox, folder)
    );
INSERT INTO "checkpoints" VALUES('imap:jordan@imap.example.test','INBOX',1700000000,17);
CREATE TABLE followups (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        kind TEXT NOT NULL,
        due TEXT NOT NULL,
        send_by TEXT NOT NULL,
        expires TEXT NOT NULL,
        recipients TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,             -- planned | saving | drafted | skipped
        detail TEXT NOT NULL DEFAULT '',
        draft_id TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
INSERT INTO "followups" VALUES('d38476a0-thank_you-bbffeb','d38476a0','thank_you','2025-03-04T18:00:00+00:00','2025-03-05T16:00:00+00:00','2025-03-06T16:00:00+00:00','[{"name": "Dana Whitfield", "email": "dana.whitfield@northwind.example"}]','2h after the interview ends','drafted','saved','followup-d38476a0-thank_you-bbffeb@example.test','2026-11-25T20:52:07+00:00');
INSERT INTO "followups" VALUES('d38476a0-thank_you-477f5b','d38476a0','thank_you','2025-03-04T18:00:00+00:00','2025-03-05T16:00:00+00:00','2025-03-06T16:00:00+00:00','[{"name": "Lee Park", "email": "lee.park@northwind.example"}]','2h after the interview ends','planned','','','2026-11-25T20:52:07+00:00');
INSERT INTO "followups" VALUES('d38476a0-check_in-bbffeb','d38476a0','check_in','2025-03-13T15:00:00+00:00','2025-03-18T15:00:00+00:00','2025-03-21T15:00:00+00:00','[{"name": "Dana Whitfield", "email": "dana.whitfield@northwind.example"}]','7d after the interview, +2bd for a panel or loop','planned','','','2026-11-25T20:52:07+00:00');
CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        key TEXT UNIQUE NOT NULL,
        status TEXT NOT NULL,            -- active | cancelled | declined
        data TEXT NOT NULL,              -- the Interview as JSON
        source TEXT NOT NULL DEFAULT '', -- where it was last read from, e.g. "imap:INBOX:1234"
        updated_at TEXT NOT NULL
    );
INSERT INTO "interviews" VALUES('d38476a0','ical:golden-1@northwind.example','active','{"key": "ical:golden-1@northwind.example", "start": "2025-03-04T15:00:00+00:00", "end": "2025-03-04T16:00:00+00:00", "end_source": "calendar", "subject": "Interview: Data Engineer at Northwind", "company": "Northwind", "role": "Data Engineer", "interviewers": [{"name": "Dana Whitfield", "email": "dana.whitfield@northwind.example"}, {"name": "Lee Park", "email": "lee.park@northwind.example"}], "organizer": {"name": "Riley Chen", "email": "riley.chen@northwind.example"}, "sessions": [], "message_id": "golden-1@northwind.example", "references": ["thread-0@northwind.example"], "feedback_by": null, "feedback_within": "", "link": "", "cancelled": false, "declined": false, "version": [1, "2025-03-01T10:00:00+00:00"], "evidence": ["+3 mentions an interview"]}','imap:INBOX:17','2026-11-25T20:52:07+00:00');
CREATE TABLE messages (
        key TEXT PRIMARY KEY,            -- Message-ID, or a digest of the headers when there is none
        source TEXT NOT NULL,
        outcome TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
INSERT INTO "messages" VALUES('golden-1@northwind.example','INBOX:17','new','2026-11-25T20:52:07+00:00');
CREATE TABLE notes (
        interview_id TEXT NOT NULL,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
INSERT INTO "notes" VALUES('d38476a0','Ask about the on-call rotation.','2026-11-25T20:52:07+00:00');
CREATE INDEX followups_due ON followups(state, due);
CREATE INDEX followups_interview ON followups(interview_id);
COMMIT;
