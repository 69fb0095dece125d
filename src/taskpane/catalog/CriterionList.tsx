import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CriterionGroup } from "./criterion-options";

const useStyles = makeStyles({
  list: {
    maxHeight: "38vh",
    minHeight: "120px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  groupLabel: {
    display: "block",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    position: "sticky",
    top: 0,
  },
  option: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  title: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  code: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  snippet: { color: tokens.colorNeutralForeground3 },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

interface Props {
  id: string;
  groups: CriterionGroup[];
  activeId: string | null;
  onActivate(optionId: string): void;
  onChoose(optionId: string): void;
}

/** The listbox of a combobox: the search box keeps focus and points at the active option. */
export function CriterionList({ id, groups, activeId, onActivate, onChoose }: Props) {
  const styles = useStyles();
  const count = groups.reduce((n, g) => n + g.options.length, 0);
  return (
    <div id={id} role="listbox" aria-label="Danh sách tiêu chí" className={styles.list}>
      {count === 0 ? (
        <div className={styles.empty} role="presentation">
          Không tìm thấy tiêu chí phù hợp. Thử từ khóa khác hoặc mã tiêu chí, ví dụ “3.1”.
        </div>
      ) : (
        groups.map((group) => (
          <div key={group.id} role="group" aria-labelledby={`${id}-${group.id}`}>
            <span id={`${id}-${group.id}`} className={styles.groupLabel} role="presentation">
              {group.label}
            </span>
            {group.options.map((option) => (
              <div
                key={option.id}
                id={option.id}
                role="option"
                aria-selected={option.id === activeId}
                className={mergeClasses(styles.option, option.id === activeId && styles.active)}
                onClick={() => onActivate(option.id)}
                onDoubleClick={() => onChoose(option.id)}
                ref={option.id === activeId ? (el) => el?.scrollIntoView({ block: "nearest" }) : undefined}
              >
                <span className={styles.title}>
                  <span className={styles.code}>{option.criterion.code}</span>
                  <span>{option.criterion.name}</span>
                  {option.criterion.mandatory ? (
                    <Badge className={styles.badge} size="small" appearance="tint" color="important">
                      bắt buộc
                    </Badge>
                  ) : null}
                </span>
                {option.snippet ? <Caption1 className={styles.snippet}>{option.snippet}</Caption1> : null}
              </div>
            ))}
          </div>
        ))
      )}
    </div>
  );
}
