// Builds a small source folder in the official layouts (onet-<version>/, bls/, soc-2018/, esco-1.2/)
// with INVENTED occupations (major groups 91 and 92, which SOC does not use), for the importer's tests.
import ExcelJS from "exceljs";
import { mkdir, writeFile } from "node:fs/promises";
import { unzipSync, zipSync } from "fflate";
import { join } from "node:path";

type Row = (string | number | null)[];

export async function writeWorkbook(file: string, sheets: { name: string; rows: Row[] }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
  }
  // exceljs's writer orders zip entries by timing, and its streaming reader needs the workbook part
  // before the sheets (as Excel and the publishers write it): put the parts in Excel's order.
  const entries = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const first = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];
  const ordered: Record<string, Uint8Array> = {};
  for (const name of [...first.filter((n) => n in entries), ...Object.keys(entries).filter((n) => !first.includes(n))]) ordered[name] = entries[name]!;
  await writeFile(file, zipSync(ordered));
}

/** Rows from objects, in the header's column order. */
function table(header: string[], records: Record<string, string | number | null | undefined>[]): Row[] {
  return [header, ...records.map((r) => header.map((h) => r[h] ?? null))];
}

export const FIXTURE = {
  inspector: "91-1011.00",
  calibrator: "91-1011.01",
  gardener: "91-1021.00",
  keeper: "91-1022.00",
  archivist: "92-2011.00",
} as const;

const OCCUPATIONS: [string, string, string][] = [
  [FIXTURE.inspector, "Widget Inspectors", "Inspect invented widgets for imaginary flaws."],
  [FIXTURE.calibrator, "Gadget Calibrators", "Calibrate gadgets that do not exist."],
  [FIXTURE.gardener, "Cloud Gardeners", "Tend gardens grown on clouds."],
  [FIXTURE.keeper, "Lantern Keepers and Lamp Trimmers, Except Harbor", "Keep lanterns lit away from harbors."],
  [FIXTURE.archivist, "Dream Archivists", "File dreams by theme."],
];

export interface FixtureOptions {
  onetFolder?: string;
  readMe?: string;
  oewsYears?: number[];
  withEsco?: boolean;
}

export async function buildFixtureSources(root: string, options: FixtureOptions = {}): Promise<string> {
  const onet = join(root, options.onetFolder ?? "onet-29.9");
  await Promise.all([onet, join(root, "bls"), join(root, "soc-2018"), join(root, "esco-1.2")].map((d) => mkdir(d, { recursive: true })));
  const code = "O*NET-SOC Code";
  const title = (c: string) => OCCUPATIONS.find((o) => o[0] === c)![1];
  const rated = [FIXTURE.inspector, FIXTURE.calibrator, FIXTURE.gardener, FIXTURE.keeper];

  await writeFile(join(onet, "Read Me.txt"), options.readMe ?? "O*NET 29.9 Database\nJanuary 2031 Release\n----------------\n");
  await writeWorkbook(join(onet, "Occupation Data.xlsx"), [{ name: "Occupation Data", rows: [[code, "Title", "Description"], ...OCCUPATIONS] }]);

  const taskHeader = [code, "Title", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date", "Domain Source"];
  await writeWorkbook(join(onet, "Task Statements.xlsx"), [
    {
      name: "Task Statements",
      rows: table(taskHeader, [
        { [code]: FIXTURE.inspector, Task: "Polish the widget lens.", "Task Type": "Supplemental", "Incumbents Responding": 90 },
        { [code]: FIXTURE.inspector, Task: "Count widget teeth.", "Task Type": "Core", "Incumbents Responding": 40 },
        { [code]: FIXTURE.inspector, Task: "Reject bent widgets.", "Task Type": "Core", "Incumbents Responding": 80 },
        { [code]: FIXTURE.inspector, Task: "Log widget moods.", "Task Type": null, "Incumbents Responding": null },
        { [code]: FIXTURE.gardener, Task: "Water the cumulus beds.", "Task Type": "Core", "Incumbents Responding": 70 },
      ]),
    },
  ]);

  const ratedHeader = [
    code,
    "Title",
    "Element ID",
    "Element Name",
    "Scale ID",
    "Scale Name",
    "Data Value",
    "N",
    "Standard Error",
    "Lower CI Bound",
    "Upper CI Bound",
    "Recommend Suppress",
    "Not Relevant",
    "Date",
    "Domain Source",
  ];
  const ratedRows = (elements: string[], base: number) =>
    rated.flatMap((c, i) =>
      elements.flatMap((name, j) => [
        {
          [code]: c,
          "Element Name": name,
          "Scale ID": "IM",
          "Data Value": base + i + j / 10,
          "Recommend Suppress": c === FIXTURE.gardener && j === 1 ? "Y" : "N",
        },
        {
          [code]: c,
          "Element Name": name,
          "Scale ID": "LV",
          "Data Value": base + 1 + i + j / 10,
          "Recommend Suppress": "N",
          "Not Relevant": c === FIXTURE.keeper && j === 0 ? "Y" : "N",
        },
      ]),
    );
  await writeWorkbook(join(onet, "Skills.xlsx"), [{ name: "Skills", rows: table(ratedHeader, ratedRows(["Widget Sense", "Cloud Reading"], 2)) }]);
  await writeWorkbook(join(onet, "Knowledge.xlsx"), [{ name: "Knowledge", rows: table(ratedHeader, ratedRows(["Lanternology"], 3)) }]);

  const stylesHeader = [
    code,
    "Title",
    "Element ID",
    "Element Name",
    "Scale ID",
    "Scale Name",
    "Data Value",
    "N",
    "Standard Error",
    "Lower CI Bound",
    "Upper CI Bound",
    "Recommend Suppress",
    "Date",
    "Domain Source",
  ];
  await writeWorkbook(join(onet, "Work Styles.xlsx"), [
    {
      name: "Work Styles",
      rows: table(
        stylesHeader,
        rated.map((c, i) => ({ [code]: c, "Element Name": "Patience With Fog", "Scale ID": "IM", "Data Value": 3 + i / 4, "Recommend Suppress": "N" })),
      ),
    },
  ]);
  const plainHeader = [code, "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value", "Date", "Domain Source"];
  await writeWorkbook(join(onet, "Work Values.xlsx"), [
    {
      name: "Work Values",
      rows: table(plainHeader, [
        { [code]: FIXTURE.inspector, "Element Name": "Quiet Rooms", "Scale ID": "EX", "Data Value": 5.5 },
        { [code]: FIXTURE.inspector, "Element Name": "First Value High-Point", "Scale ID": "VH", "Data Value": 1 },
      ]),
    },
  ]);
  await writeWorkbook(join(onet, "Interests.xlsx"), [
    {
      name: "Interests",
      rows: table(plainHeader, [
        { [code]: FIXTURE.inspector, "Element Name": "Realistic", "Scale ID": "OI", "Data Value": 6.25 },
        { [code]: FIXTURE.inspector, "Element Name": "Artistic", "Scale ID": "OI", "Data Value": 1.5 },
        { [code]: FIXTURE.inspector, "Element Name": "First Interest High-Point", "Scale ID": "IH", "Data Value": 1 },
      ]),
    },
  ]);

  const eteHeader = [
    code,
    "Title",
    "Element ID",
    "Element Name",
    "Scale ID",
    "Scale Name",
    "Category",
    "Data Value",
    "N",
    "Standard Error",
    "Lower CI Bound",
    "Upper CI Bound",
    "Recommend Suppress",
    "Date",
    "Domain Source",
  ];
  await writeWorkbook(join(onet, "Education, Training, and Experience.xlsx"), [
    {
      name: "Education, Training, and Experi",
      rows: table(eteHeader, [
        { [code]: FIXTURE.inspector, "Scale ID": "RL", Category: 2, "Data Value": 60.5, "Recommend Suppress": "N" },
        { [code]: FIXTURE.inspector, "Scale ID": "RL", Category: 3, "Data Value": 39.5, "Recommend Suppress": "N" },
        { [code]: FIXTURE.inspector, "Scale ID": "RW", Category: 1, "Data Value": 100, "Recommend Suppress": "N" },
        { [code]: FIXTURE.inspector, "Scale ID": "PT", Category: 1, "Data Value": 100, "Recommend Suppress": "N" },
        { [code]: FIXTURE.gardener, "Scale ID": "OJ", Category: 1, "Data Value": 100, "Recommend Suppress": "Y" },
      ]),
    },
  ]);
  const categoryHeader = ["Element ID", "Element Name", "Scale ID", "Scale Name", "Category", "Category Description"];
  await writeWorkbook(join(onet, "Education, Training, and Experience Categories.xlsx"), [
    {
      name: "Categories",
      rows: table(categoryHeader, [
        { "Scale ID": "RL", Category: 1, "Category Description": "Less than a Cloud Diploma" },
        { "Scale ID": "RL", Category: 2, "Category Description": "Cloud Diploma - or the equivalent (for example, a fog pass)" },
        { "Scale ID": "RL", Category: 3, "Category Description": "Post-Cloud Certificate - awarded for training after the cloud diploma" },
        { "Scale ID": "RW", Category: 1, "Category Description": "None" },
        { "Scale ID": "RW", Category: 2, "Category Description": "Over 1 month, up to and including 3 months" },
        { "Scale ID": "OJ", Category: 1, "Category Description": "None or short demonstration" },
        { "Scale ID": "OJ", Category: 2, "Category Description": "Anything beyond short demonstration, up to and including 1 month" },
      ]),
    },
  ]);
  await writeWorkbook(join(onet, "Job Zones.xlsx"), [
    {
      name: "Job Zones",
      rows: [
        [code, "Title", "Job Zone", "Date", "Domain Source"],
        [FIXTURE.inspector, title(FIXTURE.inspector), 2, "01/2031", "Analyst"],
        [FIXTURE.gardener, title(FIXTURE.gardener), 4, "01/2031", "Analyst"],
      ],
    },
  ]);
  await writeWorkbook(join(onet, "Job Zone Reference.xlsx"), [
    {
      name: "Job Zone Reference",
      rows: [
        ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"],
        ...[1, 2, 3, 4, 5].map((z) => [z, `Job Zone ${z}: invented`, `experience ${z}`, `education ${z}`, `training ${z}`, "examples", "(range)"]),
      ],
    },
  ]);
  await writeWorkbook(join(onet, "Related Occupations.xlsx"), [
    {
      name: "Related Occupations",
      rows: [
        [code, "Title", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"],
        [FIXTURE.inspector, title(FIXTURE.inspector), FIXTURE.keeper, title(FIXTURE.keeper), "Supplemental", 3],
        [FIXTURE.inspector, title(FIXTURE.inspector), FIXTURE.calibrator, title(FIXTURE.calibrator), "Primary-Short", 1],
        [FIXTURE.inspector, title(FIXTURE.inspector), FIXTURE.gardener, title(FIXTURE.gardener), "Primary-Long", 2],
      ],
    },
  ]);
  await writeWorkbook(join(onet, "Alternate Titles.xlsx"), [
    {
      name: "Alternate Titles",
      rows: [
        [code, "Title", "Alternate Title", "Short Title", "Source(s)"],
        [FIXTURE.inspector, title(FIXTURE.inspector), "Widget Quality Checker", "Widget Checker", "08"],
        [FIXTURE.inspector, title(FIXTURE.inspector), "Sprocket Examiner", null, "10"],
        [FIXTURE.calibrator, title(FIXTURE.calibrator), "Sprocket Examiner", null, "10"],
        [FIXTURE.gardener, title(FIXTURE.gardener), "Sky Farmer", null, "08"],
      ],
    },
  ]);
  await writeWorkbook(join(onet, "Sample of Reported Titles.xlsx"), [
    {
      name: "Sample of Reported Titles",
      rows: [
        [code, "Title", "Reported Job Title", "Shown in My Next Move"],
        [FIXTURE.inspector, title(FIXTURE.inspector), "Widget Tester", "Y"],
        [FIXTURE.inspector, title(FIXTURE.inspector), "Line Widget Aide", "N"],
      ],
    },
  ]);
  await writeWorkbook(join(onet, "Technology Skills.xlsx"), [
    {
      name: "Technology Skills",
      rows: [
        [code, "Title", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"],
        [FIXTURE.inspector, title(FIXTURE.inspector), "WidgetCAD", 1, "Design software", "Y", "N"],
        [FIXTURE.inspector, title(FIXTURE.inspector), "Abacus Pro", 2, "Counting software", "N", "N"],
        [FIXTURE.inspector, title(FIXTURE.inspector), "SprocketDB", 3, "Database software", "Y", "Y"],
      ],
    },
  ]);

  // BLS OEWS national file(s): newest wins.
  const oewsHeader = [
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "PRIM_STATE",
    "NAICS",
    "NAICS_TITLE",
    "I_GROUP",
    "OWN_CODE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "EMP_PRSE",
    "JOBS_1000",
    "LOC_QUOTIENT",
    "PCT_TOTAL",
    "PCT_RPT",
    "H_MEAN",
    "A_MEAN",
    "MEAN_PRSE",
    "H_PCT10",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "H_PCT90",
    "A_PCT10",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
    "A_PCT90",
    "ANNUAL",
    "HOURLY",
  ];
  const wages = (occ: string, name: string, group: string, annualBase: number, extra: Record<string, string | number> = {}) => ({
    OCC_CODE: occ,
    OCC_TITLE: name,
    O_GROUP: group,
    TOT_EMP: 12340,
    H_MEAN: annualBase / 2080,
    A_MEAN: annualBase,
    H_PCT10: 10,
    H_PCT25: 15,
    H_MEDIAN: annualBase / 2080,
    H_PCT75: 40,
    H_PCT90: 50,
    A_PCT10: 20800,
    A_PCT25: 31200,
    A_MEDIAN: annualBase,
    A_PCT75: 83200,
    A_PCT90: 104000,
    ...extra,
  });
  for (const year of options.oewsYears ?? [2031, 2030]) {
    const bump = year === 2031 ? 0 : -1000;
    await writeWorkbook(join(root, "bls", `national_M${year}_dl.xlsx`), [
      {
        name: `national_M${year}_dl`,
        rows: table(oewsHeader, [
          wages("00-0000", "All Occupations", "total", 50000),
          wages("91-0000", "Imaginary Occupations", "major", 60000),
          wages("91-1010", "Widget Inspectors", "broad", 70000 + bump),
          wages("91-1011", "Widget Inspectors", "detailed", 70000 + bump, { A_PCT90: "#", H_PCT90: "#" }),
          wages("91-1020", "Cloud and Lantern Workers", "broad", 40000 + bump, {
            TOT_EMP: "**",
            H_MEAN: "*",
            H_PCT10: "*",
            H_PCT25: "*",
            H_MEDIAN: "*",
            H_PCT75: "*",
            H_PCT90: "*",
            ANNUAL: "TRUE",
          }),
        ]),
      },
      {
        name: "Field Descriptions",
        rows: [
          [`May ${year} OEWS Estimates`],
          [],
          ["Notes:"],
          ["*  = indicates that a wage estimate is not available"],
          ["#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "],
        ],
      },
    ]);
  }

  const epHeader = [
    "2030 National Employment Matrix title",
    "2030 National Employment Matrix code",
    "Occupation type",
    "Employment, 2030",
    "Employment, 2040",
    "Employment distribution, percent, 2030",
    "Employment distribution, percent, 2040",
    "Employment change, numeric, 2030–40",
    "Employment change, percent, 2030–40",
    "Percent self employed, 2030",
    "Occupational openings, 2030–40 annual average",
    "Median annual wage, dollars, 2030[1]",
    "Typical education needed for entry",
    "Work experience in a related occupation",
    "Typical on-the-job training needed to attain competency in the occupation",
  ];
  const ep = (name: string, c: string, type: string, start: number, change: number, education: string) => [
    name,
    c,
    type,
    start,
    start + change,
    1,
    1,
    change,
    Math.round((change / start) * 1000) / 10,
    2,
    3.5,
    50000,
    education,
    "None",
    "Short-term on-the-job training",
  ];
  await writeWorkbook(join(root, "bls", "ep-2030-40-occupation.xlsx"), [
    { name: "Index", rows: [["Occupation.xlsx contents"]] },
    { name: "Table 1.1", rows: [["Table 1.1 something else"], ["title", "code"]] },
    {
      name: "Table 1.2",
      rows: [
        ["Table 1.2 Occupational projections, 2030–2040"],
        epHeader,
        ep("Total, all occupations", "00-0000", "Summary", 1000, 10, "—"),
        ep("  Widget inspectors", "91-1011", "Line item", 12.3, 1.2, "High school diploma or equivalent"),
        ep("  Cloud gardeners and lantern keepers", "91-1028", "Line item", 5, -0.5, "No formal educational credential"),
        ["Footnotes:"],
      ],
    },
  ]);

  await writeWorkbook(join(root, "soc-2018", "soc_structure_2018.xlsx"), [
    {
      name: "2018 Structure",
      rows: [
        ["U.S. Bureau of Labor Statistics"],
        [],
        ["invented structure"],
        [],
        ["Major Group", "Minor Group", "Broad Group", "Detailed Occupation"],
        ["91-0000", null, null, null, "Imaginary Occupations"],
        [null, "91-1000", null, null, "Imaginary Workers"],
        [null, null, "91-1010", null, "Widget Inspectors"],
        [null, null, null, "91-1011", "Widget Inspectors"],
        [null, null, "91-1020", null, "Cloud and Lantern Workers"],
        [null, null, null, "91-1021", "Cloud Gardeners"],
        [null, null, null, "91-1022", "Lantern Keepers and Lamp Trimmers"],
        ["92-0000", null, null, null, "Invented Service Occupations"],
        [null, null, null, "92-2011", "Dream Archivists"],
      ],
    },
  ]);

  if (options.withEsco !== false) {
    await writeFile(
      join(root, "esco-1.2", "occupations_en.csv"),
      [
        "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code",
        'Occupation,http://example.invalid/1,9999,widget assessor,"widget assessor (trainee)\nwidget quality officer",,released,2031-01-01,,,,,"Assesses widgets, carefully.",9999.1',
        'Occupation,http://example.invalid/2,9999,cloud horticulturist,,,released,2031-01-01,,,,,"Grows things, on clouds.",9999.2',
      ].join("\n"),
    );
    await writeWorkbook(join(root, "esco-1.2", "ESCO_to_ONET-SOC.xlsx"), [
      {
        name: "Crosswalk",
        rows: [
          ["O*NET-SOC 2019 Crosswalks"],
          ["ESCO to O*NET-SOC 2019"],
          [],
          ["ESCO/ISCO Code", "ESCO/ISCO Title", "O*NET-SOC 2019 Code", "O*NET-SOC 2019 Title"],
          ["9999", "Imaginary group", FIXTURE.inspector, "Widget Inspectors"],
          ["9999.1", "widget assessor", FIXTURE.inspector, "Widget Inspectors"],
          ["9999.2", "cloud horticulturist", FIXTURE.gardener, "Cloud Gardeners"],
          ["9999.7", "retired fog warden", FIXTURE.gardener, "Cloud Gardeners"],
        ],
      },
    ]);
  }
  return root;
}
