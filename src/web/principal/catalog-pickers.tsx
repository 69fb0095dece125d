/** Framework and school-type pickers shared by "Lập kế hoạch mới" and "Tra cứu tiêu chí". */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { FRAMEWORKS, frameworkInfo, schoolTypeInfo, type Framework, type SchoolType } from "../../core/catalog";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM } });

export function validSchoolType(framework: Framework, schoolType: SchoolType): SchoolType {
  const types = frameworkInfo[framework].schoolTypes;
  return types.includes(schoolType) ? schoolType : types[0]!;
}

export function CatalogPickers(props: {
  framework: Framework;
  schoolType: SchoolType;
  onChange(framework: Framework, schoolType: SchoolType): void;
}) {
  const styles = useStyles();
  const { framework, schoolType, onChange } = props;
  return (
    <div className={styles.row}>
      <Field label="Khung tiêu chí" hint={frameworkInfo[framework].description}>
        <Select value={framework} onChange={(_, d) => onChange(d.value as Framework, validSchoolType(d.value as Framework, schoolType))}>
          {FRAMEWORKS.map((f) => (
            <option key={f} value={f}>
              {frameworkInfo[f].label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Cấp học">
        <Select value={schoolType} onChange={(_, d) => onChange(framework, d.value as SchoolType)}>
          {frameworkInfo[framework].schoolTypes.map((s) => (
            <option key={s} value={s}>
              {schoolTypeInfo[s].label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
