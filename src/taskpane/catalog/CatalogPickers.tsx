import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FRAMEWORKS, SCHOOL_TYPES, frameworkInfo, schoolTypeInfo, isFramework, isSchoolType } from "../../core/catalog";
import { schoolTypeEvidence, useCatalogChoice } from "../catalog-choice";
import { SchoolYearField } from "./SchoolYearField";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0" },
});

/** School type, framework (shown with the circular that defines the criteria) and school year, as the document states them. */
export function CatalogPickers() {
  const styles = useStyles();
  const { framework, schoolType, setFramework, setSchoolType, proposal, dismissProposal, acceptProposal, documentSchool, documentForms } =
    useCatalogChoice();
  const circular = frameworkInfo[framework].circulars[schoolType];
  const typeFromDocument = documentSchool?.schoolType.value === schoolType;

  return (
    <div className={styles.root}>
      {proposal ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{proposal.reason}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={acceptProposal}>
              {proposal.schoolType ? "Dùng theo văn bản" : "Dùng khung này"}
            </Button>
            <Button size="small" appearance="subtle" onClick={dismissProposal}>
              Bỏ qua
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {documentForms.length > 0 ? <Caption1>Văn bản có {documentForms.join("; ")}.</Caption1> : null}
      <Field label="Cấp học" hint={typeFromDocument ? `Theo văn bản: ${schoolTypeEvidence(documentSchool)}.` : undefined}>
        <Dropdown
          className={styles.dropdown}
          value={schoolTypeInfo[schoolType].label}
          selectedOptions={[schoolType]}
          onOptionSelect={(_, data) => {
            if (isSchoolType(data.optionValue)) setSchoolType(data.optionValue);
          }}
        >
          {SCHOOL_TYPES.map((id) => (
            <Option key={id} value={id}>
              {schoolTypeInfo[id].label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Khung tiêu chí" hint={circular ? `Thông tư ${circular}` : undefined}>
        <Dropdown
          className={styles.dropdown}
          value={frameworkInfo[framework].label}
          selectedOptions={[framework]}
          onOptionSelect={(_, data) => {
            if (isFramework(data.optionValue)) setFramework(data.optionValue);
          }}
        >
          {FRAMEWORKS.map((id) => (
            <Option key={id} value={id} disabled={!frameworkInfo[id].schoolTypes.includes(schoolType)} text={frameworkInfo[id].label}>
              {frameworkInfo[id].label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <SchoolYearField />
    </div>
  );
}
