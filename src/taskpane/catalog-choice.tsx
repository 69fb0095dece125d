import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { z } from "zod";
import {
  DEFAULT_FRAMEWORK,
  FRAMEWORKS,
  SCHOOL_TYPES,
  frameworkInfo,
  getCatalog,
  schoolTypeInfo,
  type Catalog,
  type Framework,
  type SchoolType,
} from "../core/catalog";
import { formName } from "../core/plan/form-name";
import type { SchoolInfo } from "../core/school";
import { proposeFramework, type FrameworkProposal } from "./catalog/propose-framework";
import { snapshotModel } from "./snapshot-model";
import { useWordApi } from "./word-api-context";

const SETTING_KEY = "catalogChoice";

// Settings come from the document, which may have been written by another version of the add-in.
const storedChoiceSchema = z.object({ framework: z.enum(FRAMEWORKS), schoolType: z.enum(SCHOOL_TYPES) });

export interface CatalogChoice {
  framework: Framework;
  schoolType: SchoolType;
  catalog: Catalog;
  setFramework(framework: Framework): void;
  setSchoolType(schoolType: SchoolType): void;
  /**
   * What the document says, once read: the choice follows it when the document carries no choice of its own; a
   * stored choice that differs gets a proposal instead.
   */
  proposal: FrameworkProposal | null;
  dismissProposal(): void;
  /** Takes the proposal's framework and school type. */
  acceptProposal(): void;
  /** The school's name, type and year as the open document states them (null until it is read, or unreadable). */
  documentSchool: SchoolInfo | null;
  /** The tables the document holds that the reader recognised, named as they are ("bảng kế hoạch 8 cột …"). */
  documentForms: readonly string[];
  /** The Năm học field: the document's year when it states one, else what the principal typed (empty at first). */
  schoolYear: string;
  setSchoolYear(schoolYear: string): void;
}

const CatalogChoiceContext = createContext<CatalogChoice | null>(null);

/** A framework that has this school type; GDTX exists only in the 2026 framework. */
function compatible(framework: Framework, schoolType: SchoolType): Framework {
  return frameworkInfo[framework].schoolTypes.includes(schoolType) ? framework : DEFAULT_FRAMEWORK;
}

/** The framework and/or school type the document suggests over a stored choice, with the reason; null if none. */
function documentProposal(framework: FrameworkProposal | null, schoolType: SchoolType | null, info: SchoolInfo | null): FrameworkProposal | null {
  if (!schoolType) return framework;
  const named = schoolTypeEvidence(info);
  const typeReason = `Văn bản này là của ${named}: nên chọn cấp học “${schoolTypeInfo[schoolType].label}”.`;
  return framework ? { ...framework, schoolType, reason: `${typeReason} ${framework.reason}` } : { schoolType, reason: typeReason };
}

/** "trường “TRƯỜNG THCS TÂN PHÚ”" or "văn bản dẫn “Căn cứ Thông tư 19/2018…”": where the school type was read. */
export function schoolTypeEvidence(info: SchoolInfo | null): string {
  const inference = info?.schoolType;
  const evidence = inference?.evidence.find((e) => e.source === inference.source);
  if (!evidence) return "trường này";
  const text = evidence.text.length > 70 ? `${evidence.text.slice(0, 69)}…` : evidence.text;
  switch (evidence.source) {
    case "letterhead":
      return `“${text}”`;
    case "circular":
      return `trường theo thông tư được dẫn (“${text}”)`;
    case "criterion-codes":
      return `trường có các tiêu chí ${text}`;
  }
}

/** Holds the school type and framework chosen in any tab, remembered in the document. */
export function CatalogChoiceProvider({ children }: { children: ReactNode }) {
  const wordApi = useWordApi();
  const [choice, setChoice] = useState(() => {
    const stored = storedChoiceSchema.safeParse(wordApi.loadSetting(SETTING_KEY));
    const initial = stored.success ? stored.data : { framework: DEFAULT_FRAMEWORK, schoolType: "tieu-hoc" as SchoolType };
    return { framework: compatible(initial.framework, initial.schoolType), schoolType: initial.schoolType };
  });

  const [proposal, setProposal] = useState<FrameworkProposal | null>(null);
  const [documentSchool, setDocumentSchool] = useState<SchoolInfo | null>(null);
  const [documentForms, setDocumentForms] = useState<readonly string[]>([]);
  const [schoolYear, setSchoolYear] = useState("");

  // Once per pane: the school type and year the document states, and the framework its plan table was written for.
  useEffect(() => {
    let cancelled = false;
    const hasStoredChoice = storedChoiceSchema.safeParse(wordApi.loadSetting(SETTING_KEY)).success;
    wordApi
      .readDocument()
      .then((snapshot) => {
        if (cancelled) return;
        const model = snapshotModel(snapshot);
        const info = model.schoolInfo ?? null;
        setDocumentSchool(info);
        setDocumentForms(model.tables.flatMap((t) => (t.form ? [formName(t)] : [])));
        if (info?.schoolYear.value) setSchoolYear(info.schoolYear.value);
        const documentType = info?.schoolType.value ?? null;
        const framework = proposeFramework(model, choice.framework);
        if (!hasStoredChoice) {
          // Nobody chose yet for this document: follow it (not saved, so the document stays as it was).
          const schoolType = documentType ?? choice.schoolType;
          setChoice({ framework: compatible(framework?.framework ?? choice.framework, schoolType), schoolType });
          return;
        }
        // The principal chose for this document before: keep that choice, and say what the document suggests.
        setProposal(documentProposal(framework, documentType !== choice.schoolType ? documentType : null, info));
      })
      .catch(() => {
        // A proposal is a convenience: a document Word cannot read now simply gets none.
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the document at the time the pane opens
  }, [wordApi]);

  const update = useCallback(
    (next: { framework: Framework; schoolType: SchoolType }) => {
      const fixed = { framework: compatible(next.framework, next.schoolType), schoolType: next.schoolType };
      setChoice(fixed);
      setProposal((current) =>
        current && (current.framework ?? fixed.framework) === fixed.framework && (current.schoolType ?? fixed.schoolType) === fixed.schoolType ? null : current,
      );
      void wordApi.saveSetting(SETTING_KEY, fixed);
    },
    [wordApi],
  );

  const value = useMemo<CatalogChoice>(
    () => ({
      ...choice,
      catalog: getCatalog(choice.framework, choice.schoolType),
      setFramework: (framework) => update({ framework, schoolType: choice.schoolType }),
      setSchoolType: (schoolType) => update({ framework: choice.framework, schoolType }),
      proposal,
      dismissProposal: () => setProposal(null),
      acceptProposal: () => {
        if (proposal) update({ framework: proposal.framework ?? choice.framework, schoolType: proposal.schoolType ?? choice.schoolType });
      },
      documentSchool,
      documentForms,
      schoolYear,
      setSchoolYear,
    }),
    [choice, update, proposal, documentSchool, documentForms, schoolYear],
  );
  return <CatalogChoiceContext.Provider value={value}>{children}</CatalogChoiceContext.Provider>;
}

export function useCatalogChoice(): CatalogChoice {
  const value = useContext(CatalogChoiceContext);
  if (!value) throw new Error("useCatalogChoice must be used inside CatalogChoiceProvider");
  return value;
}
