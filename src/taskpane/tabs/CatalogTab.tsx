import { useMemo, useState, type KeyboardEvent } from "react";
import { Field, SearchBox, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { criterionParagraphs } from "../../core/catalog/criterion-text";
import type { Criterion } from "../../core/catalog";
import { useCatalogChoice } from "../catalog-choice";
import { useWordApi } from "../word-api-context";
import { CatalogPickers } from "../catalog/CatalogPickers";
import { CriterionDetail } from "../catalog/CriterionDetail";
import { CriterionList } from "../catalog/CriterionList";
import { criterionGroups } from "../catalog/criterion-options";
import { ActionStatus, useDocumentAction } from "./ActionStatus";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

const LIST_ID = "criteria-listbox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function CatalogTab(_props: TabPanelProps) {
  const styles = useStyles();
  const wordApi = useWordApi();
  const { catalog } = useCatalogChoice();
  const [query, setQuery] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);
  const { busy, status, run } = useDocumentAction();

  const groups = useMemo(() => criterionGroups(catalog, query), [catalog, query]);
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups]);
  const active = options.find((o) => o.id === activeId) ?? (query.trim() ? options[0] : undefined);

  function insert(criterion: Criterion, levels: number[], heading: boolean) {
    return run(async () => {
      await wordApi.insertParagraphsAfterSelection(criterionParagraphs(criterion, { heading, levels }));
      const what = levels.length ? `nội dung ${levels.map((l) => `Mức ${l}`).join(", ")} của tiêu chí ${criterion.code}` : `Tiêu chí ${criterion.code}`;
      return { intent: "success", text: `Đã chèn ${what} vào tài liệu, sau đoạn có con trỏ.` };
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (options.length === 0) return;
    const index = active ? options.indexOf(active) : -1;
    const move = (to: number) => {
      event.preventDefault();
      setActiveId(options[Math.max(0, Math.min(options.length - 1, to))]!.id);
    };
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "PageDown") move(index + 8);
    else if (event.key === "PageUp") move(index - 8);
    else if (event.key === "Enter" && active && !busy) {
      event.preventDefault();
      void insert(active.criterion, [], true);
    }
  }

  return (
    <div className={styles.root}>
      <TabIntro title="Danh mục tiêu chí">
        Tìm tiêu chí theo mã, tên hoặc nội dung mức (gõ không dấu cũng được), rồi chèn nguyên văn vào chỗ con trỏ.
        Phím mũi tên để chọn, Enter để chèn tên tiêu chí.
      </TabIntro>
      <CatalogPickers />
      <Field label="Tìm tiêu chí">
        <SearchBox
          role="combobox"
          aria-expanded
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={active?.id}
          placeholder="Ví dụ: 3.1, cơ sở vật chất, hoi dong truong"
          value={query}
          onChange={(_, data) => {
            setQuery(data.value);
            setActiveId(null);
          }}
          onKeyDown={onKeyDown}
        />
      </Field>
      <CriterionList
        id={LIST_ID}
        groups={groups}
        activeId={active?.id ?? null}
        onActivate={setActiveId}
        onChoose={(id) => {
          const option = options.find((o) => o.id === id);
          if (option && !busy) void insert(option.criterion, [], true);
        }}
      />
      {busy ? <Spinner size="tiny" label="Đang chèn vào tài liệu…" /> : null}
      <ActionStatus status={status} />
      {active ? (
        <CriterionDetail
          key={`${catalog.id}-${active.criterion.code}`}
          criterion={active.criterion}
          busy={busy}
          onInsertHeading={() => void insert(active.criterion, [], true)}
          onInsertLevels={(levels) => void insert(active.criterion, levels, true)}
        />
      ) : null}
    </div>
  );
}
