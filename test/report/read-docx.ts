import JSZip from "jszip";

/** One run of a .docx as Word stores it: its text and its character style (Figure, Prompt or none). */
export interface DocxRun {
  text: string;
  style?: string;
}

const documentXml = async (bytes: Uint8Array) =>
  (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");

/** The paragraphs of word/document.xml, each as its runs: what a reader of the file finds, nothing of ours. */
export async function readDocx(bytes: Uint8Array): Promise<DocxRun[][]> {
  return paragraphsOf(await documentXml(bytes));
}

/** The paragraphs of the text itself, outside every table. */
export async function readDocxBody(bytes: Uint8Array): Promise<DocxRun[][]> {
  return paragraphsOf((await documentXml(bytes)).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ""));
}

/** Every table row of the document as the text of its cells. */
export async function readDocxRows(bytes: Uint8Array): Promise<string[][]> {
  const xml = await documentXml(bytes);
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
    [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) =>
      paragraphsOf(tc).map(paragraphText).join("")
    )
  );
}

function paragraphsOf(xml: string): DocxRun[][] {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({
      text: [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(""),
      style: /<w:rStyle w:val="([^"]+)"/.exec(r)?.[1],
    }))
  );
}

export const paragraphText = (p: DocxRun[]) => p.map((r) => r.text).join("");
