-- The case list's queries (CaseListQuery, as EF Core sends them) on 100,000 cases. Run on a COPY of a database the
-- application has created and migrated (it adds 100,000 fake cases):
--   cp data/thads.db /tmp/bench.db && sqlite3 /tmp/bench.db < tests/Benchmarks/Cases/case-list-100k.sql
-- Units DN, DN-KV1, DN-KV2 (a province's leader sees all three), QK5, QNG; 2-3 parties and 2 obligations a case.
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO thads_cases (CaseNumber, UnitId, Status, AcceptanceKind, IntakePath, JudgmentType, CourtName, JudgmentNumber, JudgmentDate,
                         Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy)
SELECT printf('%d/%d/QĐ-BENCH', i, 2020 + i % 7),
       (SELECT Id FROM thads_units WHERE Code = json_extract('["DN","DN-KV1","DN-KV2","QK5","QNG"]', '$[' || (i % 5) || ']')),
       json_extract('[null,"Accepted","Verifying","Executing","NoConditions","Completed","Postponed"]', '$[' || (i % 7) || ']'),
       'New', 'OnRequest', 'Civil', 'Tòa án nhân dân', printf('%d/2024/DS-ST', i), '2024-01-15', 1, 0, 'bench', 0, 'bench'
FROM n;
INSERT INTO thads_parties (CaseId, Role, Kind, FullName, IdNumber)
SELECT c.Id, r.Role, 'Person',
       json_extract('["Nguyễn","Trần","Lê","Phạm","Hoàng","Huỳnh","Phan","Vũ","Võ","Đặng","Bùi","Đỗ","Hồ","Ngô","Dương","Lý"]', '$[' || (abs(random()) % 16) || ']')
       || ' ' || json_extract('["Văn","Thị","Hữu","Minh","Ngọc","Thanh","Quốc","Đức"]', '$[' || (abs(random()) % 8) || ']')
       || ' ' || json_extract('["An","Bình","Cường","Dũng","Hoa","Lan","Mai","Nam","Phúc","Quân","Sơn","Tâm","Uyên","Vinh","Xuân","Yến","Nợ"]', '$[' || (abs(random()) % 17) || ']'),
       printf('%012d', c.Id * 10 + r.k)
FROM thads_cases c
JOIN (SELECT 'Creditor' AS Role, 1 AS k UNION ALL SELECT 'Debtor', 2 UNION ALL SELECT 'Related', 3) r
  ON r.k < 3 OR c.Id % 4 = 0
WHERE c.CreatedBy = 'bench';
INSERT INTO thads_obligations (CaseId, Kind, Description, Amount, Paid, DebtorPartyId, CreditorPartyId)
SELECT p.CaseId, o.Kind, o.Description, o.Amount, 0, p.Id, CASE o.Kind WHEN 'Private' THEN p.Id - 1 END
FROM thads_parties p
JOIN (SELECT 'CourtFee' AS Kind, 'Án phí' AS Description, 1500000 AS Amount UNION ALL SELECT 'Private', 'Trả nợ', 50000000) o
WHERE p.Role = 'Debtor' AND p.IdNumber IS NOT NULL AND p.CaseId IN (SELECT Id FROM thads_cases WHERE CreatedBy = 'bench');
COMMIT;
ANALYZE;

SELECT 'cases', count(*) FROM thads_cases;
SELECT 'parties', count(*) FROM thads_parties;
.timer on

-- 1. A province leader's first page, no filter: count and page.
SELECT count(*) FROM thads_cases AS t WHERE t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5));
SELECT t.Id FROM thads_cases AS t WHERE t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5))
ORDER BY t.Id DESC LIMIT 20 OFFSET 0;

-- 2. Filtered by status.
SELECT count(*) FROM thads_cases AS t WHERE (t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5))) AND t.Status = 'Verifying';

-- 3. Search "Trần Văn" (beginning of a name, as typed and in title case) with its page.
SELECT count(*) FROM thads_cases AS t
WHERE (t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5)))
  AND ((t.CaseNumber >= 'Trần Văn' AND t.CaseNumber < 'Trần Văn' || char(1114111)) OR (t.CaseNumber >= 'TRẦN VĂN' AND t.CaseNumber < 'TRẦN VĂN' || char(1114111))
       OR t.Id IN (SELECT t0.CaseId FROM thads_parties AS t0
                   WHERE (t0.FullName >= 'Trần Văn' AND t0.FullName < 'Trần Văn' || char(1114111)) OR (t0.FullName >= 'Trần Văn' AND t0.FullName < 'Trần Văn' || char(1114111)) OR t0.IdNumber = 'Trần Văn'));
SELECT t.Id FROM thads_cases AS t
WHERE (t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5)))
  AND ((t.CaseNumber >= 'Trần Văn' AND t.CaseNumber < 'Trần Văn' || char(1114111)) OR (t.CaseNumber >= 'TRẦN VĂN' AND t.CaseNumber < 'TRẦN VĂN' || char(1114111))
       OR t.Id IN (SELECT t0.CaseId FROM thads_parties AS t0
                   WHERE (t0.FullName >= 'Trần Văn' AND t0.FullName < 'Trần Văn' || char(1114111)) OR (t0.FullName >= 'Trần Văn' AND t0.FullName < 'Trần Văn' || char(1114111)) OR t0.IdNumber = 'Trần Văn'))
ORDER BY t.Id DESC LIMIT 20;

-- 4. Search by the beginning of a case number.
SELECT count(*) FROM thads_cases AS t
WHERE (t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5)))
  AND ((t.CaseNumber >= '4711' AND t.CaseNumber < '4711' || char(1114111))
       OR t.Id IN (SELECT t0.CaseId FROM thads_parties AS t0 WHERE (t0.FullName >= '4711' AND t0.FullName < '4711' || char(1114111)) OR t0.IdNumber = '4711'));

-- 5. For comparison only (not what the application runs): "contains" anywhere in a name, which scans every party.
SELECT count(*) FROM thads_cases AS t
WHERE (t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5)))
  AND t.Id IN (SELECT t0.CaseId FROM thads_parties AS t0 WHERE instr(t0.FullName, 'Văn Nợ') > 0);

.timer off
EXPLAIN QUERY PLAN
SELECT t.Id FROM thads_cases AS t
WHERE (t.UnitId IN (1, 4, 5) OR (t.DelegatedToUnitId IS NOT NULL AND t.DelegatedToUnitId IN (1, 4, 5)))
  AND ((t.CaseNumber >= 'Trần Văn' AND t.CaseNumber < 'Trần Văn' || char(1114111))
       OR t.Id IN (SELECT t0.CaseId FROM thads_parties AS t0 WHERE (t0.FullName >= 'Trần Văn' AND t0.FullName < 'Trần Văn' || char(1114111)) OR t0.IdNumber = 'Trần Văn'))
ORDER BY t.Id DESC LIMIT 20;
