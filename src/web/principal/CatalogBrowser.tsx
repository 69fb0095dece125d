/** Browse and search the criteria (diacritics optional) and copy a criterion's text to paste into a plan. */
import { useDeferredValue, useMemo, useState } from "react";
import { Body1, Button, Caption1, Field, SearchBox, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { DEFAULT_FRAMEWORK, criterionHeading, getCatalog, listCriteria, searchCriteria, type Criterion, type Framework, type SchoolType } from "../../core/catalog";
import { criterionParagraphs } from "../../core/catalog/criterion-text";
import { plainText } from "../../core/text/paragraph";
import { CatalogPickers } from "./catalog-pickers";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "960px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  level: { whiteSpace: "pre-wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The text a principal pastes: the heading and every level, one paragraph per line. */
export function criterionText(criterion: Criterion): string {
  return criterionParagraphs(criterion, { heading: true, levels: criterion.levels.map((l) => l.level) })
    .map((p) => `${"\t".repeat(p.indent ?? 0)}${plainText(p)}`)
    .join("\n");
}

export default function CatalogBrowser() {
  const styles = useStyles();
  const [framework, setFramework] = useState<Framework>(DEFAULT_FRAMEWORK);
  const [schoolType, setSchoolType] = useState<SchoolType>("trung-hoc");
  const [query, setQuery] = useState("");
  const [copied, setCopied] = useState<string | null>(null);
  const deferred = useDeferredValue(query);
  const catalog = useMemo(() => getCatalog(framework, schoolType), [framework, schoolType]);
  const shown = useMemo(
    () => (deferred.trim() ? searchCriteria(catalog, deferred).map((h) => h.criterion) : [...listCriteria(catalog)]),
    [catalog, deferred],
  );
  const unique = [...new Set(shown)];

  async function copy(criterion: Criterion) {
    const text = criterionText(criterion);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Đã sao chép tiêu chí ${criterion.code}.`);
    } catch {
      setCopied(`Trình duyệt không cho sao chép tự động: hãy chọn đoạn văn của tiêu chí ${criterion.code} và nhấn Ctrl+C.`);
    }
  }

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Tra cứu tiêu chí</Subtitle2>
      <CatalogPickers
        framework={framework}
        schoolType={schoolType}
        onChange={(f, s) => {
          setFramework(f);
          setSchoolType(s);
        }}
      />
      <Field label="Tìm tiêu chí (gõ có dấu hoặc không dấu, hoặc mã như 1.4)">
        <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <div role="status" aria-live="polite">
        <Caption1>{deferred.trim() ? `${unique.length} tiêu chí phù hợp` : `${unique.length} tiêu chí`}</Caption1>
        {copied && <Body1> {copied}</Body1>}
      </div>
      <ul className={styles.list} aria-label="Danh sách tiêu chí">
        {unique.map((criterion) => (
          <li key={criterion.code} className={styles.item}>
            <h3 className={styles.heading}>{criterionHeading(criterion)}</h3>
            {criterion.levels.map((level) => (
              <Body1 key={level.level} className={styles.level}>
                Mức {level.level}: {level.text ?? (level.indicators ?? []).map((i) => `${i.label}) ${i.text}`).join("\n")}
              </Body1>
            ))}
            <div className={styles.actions}>
              <Button size="small" icon={<CopyRegular />} onClick={() => void copy(criterion)} aria-label={`Sao chép tiêu chí ${criterion.code}`}>
                Sao chép
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
