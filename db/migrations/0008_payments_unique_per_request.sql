DROP INDEX `payments_visit`;--> statement-breakpoint
CREATE UNIQUE INDEX `payments_request_visit` ON `payments` (`request_id`,`slot_id`,`kind`);