/** A new plan document (form, school type, target level, criteria, orientation) downloaded as .docx. */
import { useMemo, useState } from "react";
import { Body1, Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { StatusMessage, type Status } from "./StatusMessage";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { DEFAULT_FRAMEWORK, getCatalog, listCriteria, type Framework, type SchoolType } from "../../core/catalog";
import { newPlanDocument, targetLevels } from "../../core/tables/new-plan";
import { documentToDocx } from "../../ooxml/write/docx";
import { MIME, saveBytes } from "../export/download";
import { CatalogPickers } from "./catalog-pickers";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "960px" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  criteria: { display: "flex", flexDirection: "column", margin: 0, padding: 0, border: "none" },
  standard: { margin: `${tokens.spacingVerticalS} 0 0`, fontWeight: tokens.fontWeightSemibold },
});

export default function NewPlan() {
  const styles = useStyles();
  const [framework, setFramework] = useState<Framework>(DEFAULT_FRAMEWORK);
  const [schoolType, setSchoolType] = useState<SchoolType>("trung-hoc");
  const catalog = useMemo(() => getCatalog(framework, schoolType), [framework, schoolType]);
  const levels = targetLevels(catalog);
  const [level, setLevel] = useState(2);
  const [chosen, setChosen] = useState<string[]>([]);
  const [orientation, setOrientation] = useState<"landscape" | "portrait">("landscape");
  const [year, setYear] = useState("");
  const [message, setMessage] = useState<Status | null>(null);

  const criteria = listCriteria(catalog);
  const effectiveLevel = levels.includes(level) ? level : levels[levels.length - 1]!;

  async function make() {
    setMessage(null);
    if (chosen.length === 0) {
      setMessage({ intent: "error", text: "Hãy chọn ít nhất một tiêu chí cần cải tiến." });
      return;
    }
    const trimmed = year.trim();
    if (trimmed !== "" && !/^\d{4}\s*[-–]\s*\d{4}$/.test(trimmed)) {
      setMessage({ intent: "error", text: "Năm học phải có dạng 2026-2027." });
      return;
    }
    try {
      const spec = newPlanDocument(
        { framework, schoolType, targetLevel: effectiveLevel, criteria: chosen, ...(trimmed ? { schoolYear: trimmed.replace(/\s*[-–]\s*/, "-") } : {}) },
        { orientation, fontSizePt: 13 },
      );
      const name = `ke-hoach-cai-tien-${trimmed ? trimmed.replace(/\s*[-–]\s*/, "-") : "moi"}.docx`;
      saveBytes(await documentToDocx(spec), name, MIME.docx);
      setMessage({ intent: "success", text: `Đã tạo “${name}” với ${chosen.length} tiêu chí.` });
    } catch (e) {
      // The core explains in Vietnamese (an unknown criterion, a level the framework does not have).
      setMessage({ intent: "error", text: e instanceof Error ? e.message : "Không tạo được kế hoạch." });
    }
  }

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Lập kế hoạch mới</Subtitle2>
      <Body1>Chọn khung tiêu chí, cấp học, mức cần đạt và các tiêu chí cần cải tiến; trang tạo tệp kế hoạch .docx theo mẫu để tải về.</Body1>
      <CatalogPickers
        framework={framework}
        schoolType={schoolType}
        onChange={(f, s) => {
          setFramework(f);
          setSchoolType(s);
          setChosen([]);
        }}
      />
      <div className={styles.row}>
        <Field label="Mức cần đạt">
          <Select value={String(effectiveLevel)} onChange={(_, d) => setLevel(Number(d.value))}>
            {levels.map((n) => (
              <option key={n} value={n}>
                Mức {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Năm học (không bắt buộc)">
          <Input value={year} placeholder="2026-2027" onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field label="Hướng trang">
          <RadioGroup layout="horizontal" value={orientation} onChange={(_, d) => setOrientation(d.value as "landscape" | "portrait")}>
            <Radio value="landscape" label="Ngang" />
            <Radio value="portrait" label="Dọc" />
          </RadioGroup>
        </Field>
      </div>
      <fieldset className={styles.criteria}>
        <legend>
          <Subtitle2>Tiêu chí cần cải tiến ({chosen.length} đã chọn)</Subtitle2>
        </legend>
        {catalog.standards.map((standard) => (
          <div key={standard.number} role="group" aria-label={`Tiêu chuẩn ${standard.number}`}>
            <p className={styles.standard}>
              Tiêu chuẩn {standard.number}: {standard.name}
            </p>
            {criteria
              .filter((c) => c.standard === standard.number)
              .map((c) => (
                <Checkbox
                  key={c.code}
                  label={`${c.code}. ${c.name}`}
                  checked={chosen.includes(c.code)}
                  onChange={(_, d) => setChosen((now) => (d.checked ? [...now, c.code] : now.filter((x) => x !== c.code)))}
                />
              ))}
          </div>
        ))}
      </fieldset>
      <div className={styles.row}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void make()}>
          Tạo kế hoạch (.docx)
        </Button>
      </div>
      <StatusMessage status={message} />
    </div>
  );
}
