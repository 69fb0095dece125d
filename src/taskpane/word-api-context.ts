import { createContext, useContext } from "react";
import { officeWordApi, type WordApi } from "../word";

const WordApiContext = createContext<WordApi>(officeWordApi);

export const WordApiProvider = WordApiContext.Provider;

export function useWordApi(): WordApi {
  return useContext(WordApiContext);
}
