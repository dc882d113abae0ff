import JSZip from "jszip";
import { insertInOrder } from "../patch";
import { escapeXml } from "../sheet-xml";

/**
 * Native charts, which ExcelJS cannot write: DrawingML chart parts and the drawing that places them on
 * a sheet, added to the package. Each series refers to the cells it plots and carries their current
 * values, so Excel, WPS and LibreOffice draw it on opening and redraw it when the cells change.
 */

export interface Series {
  /** A cell holding the name, or the name alone. */
  name: { ref?: string; text: string };
  /** Categories (a column chart) or x values (a scatter chart). */
  x: { ref: string; values: (string | number | null)[] };
  y: { ref: string; values: (number | null)[] };
  color: string;
  /** Scatter only: a line without markers, for a reference line. */
  line?: boolean;
}

export interface Axis {
  title: string;
  min?: number;
  max?: number;
  step?: number;
}

export interface ChartSpec {
  kind: "column" | "scatter";
  title: string;
  series: Series[];
  xAxis: Axis;
  yAxis: Axis;
  /** Zero-based cell corners the chart spans: [column, row] to [column, row]. */
  from: [number, number];
  to: [number, number];
}

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

const run = (text: string, size: number, bold: boolean) =>
  `<a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`;
const titleXml = (text: string, size: number) =>
  `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>${run(text, size, true)}</c:rich></c:tx><c:overlay val="0"/></c:title>`;

function strCache(values: (string | number | null)[]): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (string | number | null)[]): string {
  const pts = values
    .map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const LABELS_SHOWN = `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

function seriesXml(s: Series, n: number, kind: ChartSpec["kind"]): string {
  const head = `<c:idx val="${n}"/><c:order val="${n}"/><c:tx>${s.name.ref ? `<c:strRef><c:f>${escapeXml(s.name.ref)}</c:f>${strCache([s.name.text])}</c:strRef>` : `<c:v>${escapeXml(s.name.text)}</c:v>`}</c:tx>`;
  const y = `<c:numRef><c:f>${escapeXml(s.y.ref)}</c:f>${numCache(s.y.values)}</c:numRef>`;
  if (kind === "column") {
    const cat = `<c:strRef><c:f>${escapeXml(s.x.ref)}</c:f>${strCache(s.x.values)}</c:strRef>`;
    return `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${LABELS_SHOWN}<c:cat>${cat}</c:cat><c:val>${y}</c:val></c:ser>`;
  }
  const x = `<c:numRef><c:f>${escapeXml(s.x.ref)}</c:f>${numCache(s.x.values)}</c:numRef>`;
  const look = s.line
    ? `<c:spPr><a:ln w="15875"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
    : `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
  return `<c:ser>${head}${look}<c:xVal>${x}</c:xVal><c:yVal>${y}</c:yVal><c:smooth val="0"/></c:ser>`;
}

function axisXml(
  axis: Axis,
  id: number,
  cross: number,
  position: "b" | "l",
  kind: "cat" | "val"
): string {
  const scaling = `<c:scaling><c:orientation val="minMax"/>${axis.max !== undefined ? `<c:max val="${axis.max}"/>` : ""}${axis.min !== undefined ? `<c:min val="${axis.min}"/>` : ""}</c:scaling>`;
  const common = `<c:axId val="${id}"/>${scaling}<c:delete val="0"/><c:axPos val="${position}"/>${position === "l" ? "<c:majorGridlines/>" : ""}${titleXml(axis.title, 1000)}`;
  if (kind === "cat")
    return `<c:catAx>${common}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  return `<c:valAx>${common}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${axis.min !== undefined ? "min" : "autoZero"}"/><c:crossBetween val="${position === "b" ? "midCat" : "between"}"/>${axis.step ? `<c:majorUnit val="${axis.step}"/>` : ""}</c:valAx>`;
}

export function chartXml(spec: ChartSpec): string {
  const series = spec.series.map((s, n) => seriesXml(s, n, spec.kind)).join("");
  const plot =
    spec.kind === "column"
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="10"/><c:axId val="20"/></c:barChart>${axisXml(spec.xAxis, 10, 20, "b", "cat")}${axisXml(spec.yAxis, 20, 10, "l", "val")}`
      : `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="10"/><c:axId val="20"/></c:scatterChart>${axisXml(spec.xAxis, 10, 20, "b", "val")}${axisXml(spec.yAxis, 20, 10, "l", "val")}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(spec.title, 1300)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

function drawingXml(specs: ChartSpec[]): string {
  const anchors = specs.map((s, n) => {
    const corner = (tag: string, [c, r]: [number, number]) =>
      `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${corner("from", s.from)}${corner("to", s.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${n + 2}" name="${escapeXml(s.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
      `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${n + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`;
}

const rels = (items: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map((i) => `<Relationship Id="${i.id}" Type="${REL}/${i.type}" Target="${i.target}"/>`)
    .join("")}</Relationships>`;

/** Adds the charts to the sheet named `sheet` of a package that has no drawings yet (ExcelJS's, without images). */
export async function addCharts(
  data: Uint8Array,
  sheet: string,
  specs: ChartSpec[]
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const read = (path: string) => zip.file(path)!.async("string");
  const workbook = await read("xl/workbook.xml");
  const workbookRels = await read("xl/_rels/workbook.xml.rels");
  const rId = new RegExp(`<sheet\\b[^>]*name="${escapeXml(sheet)}"[^>]*r:id="([^"]+)"`).exec(
    workbook
  )![1];
  const target =
    new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(workbookRels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(workbookRels)![1];
  const sheetPath = `xl/${target.replace(/^\/?xl\//, "")}`;
  const sheetRelsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");

  specs.forEach((s, n) => zip.file(`xl/charts/chart${n + 1}.xml`, chartXml(s)));
  zip.file("xl/drawings/drawing1.xml", drawingXml(specs));
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels(
      specs.map((_, n) => ({
        id: `rId${n + 1}`,
        type: "chart",
        target: `../charts/chart${n + 1}.xml`,
      }))
    )
  );
  const existing = zip.file(sheetRelsPath) ? await read(sheetRelsPath) : rels([]);
  const drawingId = `rId${Math.max(0, ...[...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1}`;
  zip.file(
    sheetRelsPath,
    existing.replace(
      "</Relationships>",
      `<Relationship Id="${drawingId}" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`
    )
  );
  const sheetXml = await read(sheetPath);
  zip.file(sheetPath, insertDrawing(sheetXml, drawingId));
  const types = await read("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${TYPES.drawing}"/>` +
        specs
          .map(
            (_, n) =>
              `<Override PartName="/xl/charts/chart${n + 1}.xml" ContentType="${TYPES.chart}"/>`
          )
          .join("") +
        "</Types>"
    )
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The worksheet's elements from the drawing on, in schema order. */
const WORKSHEET_TAIL = [
  "<drawing",
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function insertDrawing(xml: string, id: string): string {
  const withNs = /xmlns:r=/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet"))))
    ? xml
    : xml.replace("<worksheet", `<worksheet xmlns:r="${NS.r}"`);
  return insertInOrder(withNs, "<drawing", `<drawing r:id="${id}"/>`, WORKSHEET_TAIL);
}
