import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { z } from "zod";
import {
  DEFAULT_FRAMEWORK,
  FRAMEWORKS,
  SCHOOL_TYPES,
  frameworkInfo,
  getCatalog,
  type Catalog,
  type Framework,
  type SchoolType,
} from "../core/catalog";
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
  /** The framework the open document's plan table was written for, when it differs from the choice. */
  proposal: FrameworkProposal | null;
  dismissProposal(): void;
}

const CatalogChoiceContext = createContext<CatalogChoice | null>(null);

/** A framework that has this school type; GDTX exists only in the 2026 framework. */
function compatible(framework: Framework, schoolType: SchoolType): Framework {
  return frameworkInfo[framework].schoolTypes.includes(schoolType) ? framework : DEFAULT_FRAMEWORK;
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

  // Once per pane: a document that already holds a plan table proposes the framework it was written for.
  useEffect(() => {
    let cancelled = false;
    wordApi
      .readDocument()
      .then((snapshot) => {
        if (cancelled) return;
        setProposal(proposeFramework(snapshotModel(snapshot), choice.framework));
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
      setProposal((current) => (current?.framework === fixed.framework ? null : current));
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
    }),
    [choice, update, proposal],
  );
  return <CatalogChoiceContext.Provider value={value}>{children}</CatalogChoiceContext.Provider>;
}

export function useCatalogChoice(): CatalogChoice {
  const value = useContext(CatalogChoiceContext);
  if (!value) throw new Error("useCatalogChoice must be used inside CatalogChoiceProvider");
  return value;
}
