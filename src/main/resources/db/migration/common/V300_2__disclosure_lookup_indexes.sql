-- found by the 100,000-document benchmark: the document page looks up 政策解读 by interprets_id and the
-- conditional-request check reads the newest updated_at of a town; both scanned the whole table
create index disclosure_document_interprets on disclosure_document (interprets_id);
create index disclosure_document_updated on disclosure_document (org_id, updated_at);
