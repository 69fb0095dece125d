import { useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TextAddRegular, TextBulletListAddRegular } from "@fluentui/react-icons";
import type { Criterion, Level } from "../../core/catalog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  levels: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: "none" },
  levelText: { margin: `0 0 0 ${tokens.spacingHorizontalXXL}`, whiteSpace: "pre-wrap" },
  indicators: { margin: `0 0 0 ${tokens.spacingHorizontalXXL}`, padding: 0, listStyleType: "none" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  evidence: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

interface Props {
  criterion: Criterion;
  busy: boolean;
  onInsertHeading(): void;
  onInsertLevels(levels: number[]): void;
}

export function CriterionDetail({ criterion, busy, onInsertHeading, onInsertLevels }: Props) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<number[]>(() => criterion.levels.map((l) => l.level));
  const uncertain = criterion.provenance.confidence !== "cross-checked";

  return (
    <section className={styles.root} aria-labelledby="criterion-detail-title">
      <Subtitle2 as="h3" id="criterion-detail-title">
        Tiêu chí {criterion.code}: {criterion.name}{" "}
        {criterion.mandatory ? (
          <Badge appearance="filled" color="important">
            Bắt buộc
          </Badge>
        ) : null}
      </Subtitle2>

      <fieldset className={styles.levels}>
        <legend>
          <Caption1>Chọn mức để chèn</Caption1>
        </legend>
        {criterion.levels.map((level) => (
          <div key={level.level}>
            <Checkbox
              label={`Mức ${level.level}`}
              checked={chosen.includes(level.level)}
              onChange={(_, data) =>
                setChosen((current) =>
                  data.checked ? [...current, level.level].sort() : current.filter((l) => l !== level.level),
                )
              }
            />
            <LevelBody level={level} />
          </div>
        ))}
      </fieldset>

      {criterion.evidence ? (
        <div className={styles.evidence}>
          <Caption1>
            <strong>Minh chứng gợi ý:</strong> {criterion.evidence.guidance}
          </Caption1>
          <Caption1>
            <strong>Dữ liệu định lượng chính:</strong> {criterion.evidence.quantitativeData}
          </Caption1>
        </div>
      ) : null}

      <MessageBar intent={uncertain ? "warning" : "info"} layout="multiline">
        <MessageBarBody>
          <strong>Nguồn văn bản:</strong> {criterion.provenance.note}
        </MessageBarBody>
      </MessageBar>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<TextAddRegular />} disabled={busy} onClick={onInsertHeading}>
          Chèn tên tiêu chí
        </Button>
        <Button icon={<TextBulletListAddRegular />} disabled={busy || chosen.length === 0} onClick={() => onInsertLevels(chosen)}>
          Chèn nội dung các mức
        </Button>
      </div>
    </section>
  );
}

function LevelBody({ level }: { level: Level }) {
  const styles = useStyles();
  if (level.text !== undefined) return <Body1 as="p" className={styles.levelText}>{level.text}</Body1>;
  return (
    // Vietnamese lettering has "đ" after "d", so the letters are written out rather than left to <ol type="a">.
    <ul className={styles.indicators}>
      {(level.indicators ?? []).map((indicator) => (
        <li key={indicator.label}>
          <Body1>
            {indicator.label}) {indicator.text}
          </Body1>
        </li>
      ))}
    </ul>
  );
}
