/** Which files of a folder or a .zip are not plans at all: system and lock files nobody sent on purpose. */
export function isIgnoredFileName(segment: string): boolean {
  return (
    segment.startsWith(".") || // .DS_Store, ._resource forks
    segment.startsWith("~$") || // Word's lock file of an open document
    segment === "__MACOSX" ||
    /^(thumbs\.db|desktop\.ini)$/i.test(segment)
  );
}

export function isArchiveName(name: string): boolean {
  return /\.zip$/i.test(name);
}
