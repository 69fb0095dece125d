import { useMemo, useState } from "react";
import { Badge, Button, Caption1, Checkbox, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { listCriteria, searchCriteria, type Catalog } from "../../core/catalog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    maxHeight: "34vh",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
  },
  group: { margin: 0, padding: 0, border: "none" },
  legend: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, padding: `${tokens.spacingVerticalXS} 0` },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalXS },
  badge: { flexShrink: 0 },
});

interface Props {
  catalog: Catalog;
  selected: readonly string[];
  onChange(codes: string[]): void;
}

/** Multi-select of criteria, grouped by standard, filtered by the same folded search as the catalog tab. */
export function CriteriaChecklist({ catalog, selected, onChange }: Props) {
  const styles = useStyles();
  const [filter, setFilter] = useState("");
  const visible = useMemo(() => {
    if (!filter.trim()) return null;
    return new Set(searchCriteria(catalog, filter, { limit: 100 }).map((hit) => hit.criterion.code));
  }, [catalog, filter]);
  const mandatory = listCriteria(catalog).filter((c) => c.mandatory).map((c) => c.code);
  const order = listCriteria(catalog).map((c) => c.code);

  const toggle = (code: string, checked: boolean) => {
    const next = checked ? [...selected, code] : selected.filter((c) => c !== code);
    onChange(order.filter((c) => next.includes(c)));
  };

  return (
    <div className={styles.root}>
      <SearchBox
        aria-label="Lọc tiêu chí"
        placeholder="Lọc theo mã, tên hoặc nội dung mức"
        value={filter}
        onChange={(_, data) => setFilter(data.value)}
      />
      <div className={styles.actions}>
        {mandatory.length > 0 ? (
          <Button size="small" onClick={() => onChange(order.filter((c) => selected.includes(c) || mandatory.includes(c)))}>
            Chọn {mandatory.length} tiêu chí bắt buộc
          </Button>
        ) : null}
        <Button size="small" disabled={selected.length === 0} onClick={() => onChange([])}>
          Bỏ chọn tất cả
        </Button>
        <Caption1 aria-live="polite">Đã chọn {selected.length} tiêu chí</Caption1>
      </div>
      <div className={styles.list} role="group" aria-label="Tiêu chí đưa vào kế hoạch">
        {catalog.standards.map((standard) => {
          const criteria = standard.criteria.filter((c) => !visible || visible.has(c.code));
          if (criteria.length === 0) return null;
          return (
            <fieldset key={standard.code} className={styles.group}>
              <legend className={styles.legend}>
                Tiêu chuẩn {standard.code}: {standard.name}
              </legend>
              {criteria.map((criterion) => (
                <div key={criterion.code} className={styles.item}>
                  <Checkbox
                    checked={selected.includes(criterion.code)}
                    onChange={(_, data) => toggle(criterion.code, data.checked === true)}
                    label={`${criterion.code} ${criterion.name}`}
                  />
                  {criterion.mandatory ? (
                    <Badge className={styles.badge} size="small" appearance="tint" color="important">
                      bắt buộc
                    </Badge>
                  ) : null}
                </div>
              ))}
            </fieldset>
          );
        })}
        {visible && visible.size === 0 ? <Caption1>Không có tiêu chí nào khớp.</Caption1> : null}
      </div>
    </div>
  );
}
