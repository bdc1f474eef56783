-- A placeholder so this branch (s6-ask) runs on its own: another branch (s6-dm) brings the real
-- 0010. Drop this file when merging; 0011 follows that one.
SELECT 1;
