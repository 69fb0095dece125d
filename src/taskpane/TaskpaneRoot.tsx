import { useEffect, useState } from "react";
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { HostInfo } from "../word";
import { useWordApi } from "./word-api-context";
import { App } from "./App";
import { OutsideOfficeNotice } from "./OutsideOfficeNotice";

export function TaskpaneRoot() {
  const wordApi = useWordApi();
  const [host, setHost] = useState<HostInfo | null>(null);

  useEffect(() => {
    let cancelled = false;
    wordApi
      .connect()
      .catch((): HostInfo => ({ kind: "outside-office", reason: "no-host" }))
      .then((info) => {
        if (!cancelled) setHost(info);
      });
    return () => {
      cancelled = true;
    };
  }, [wordApi]);

  const dark = host?.kind === "word" && host.theme === "dark";
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }} lang="vi">
      {host === null ? (
        <Spinner label="Đang kết nối với Word…" style={{ marginTop: 48 }} />
      ) : host.kind === "word" ? (
        <App host={host} />
      ) : (
        <OutsideOfficeNotice host={host} />
      )}
    </FluentProvider>
  );
}
