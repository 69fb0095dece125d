import {
  Button,
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
import { useCatalogChoice } from "../catalog-choice";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0" },
});

/** School type and framework, shown with the circular that defines the criteria. */
export function CatalogPickers() {
  const styles = useStyles();
  const { framework, schoolType, setFramework, setSchoolType, proposal, dismissProposal } = useCatalogChoice();
  const circular = frameworkInfo[framework].circulars[schoolType];

  return (
    <div className={styles.root}>
      {proposal ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{proposal.reason}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setFramework(proposal.framework)}>
              Dùng khung này
            </Button>
            <Button size="small" appearance="subtle" onClick={dismissProposal}>
              Bỏ qua
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <Field label="Cấp học">
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
    </div>
  );
}
