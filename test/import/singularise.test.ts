import { describe, it, expect } from "vitest";
import { singularTitle, singularWord } from "../../src/import/singularise.js";
import { categoryLabel } from "../../src/import/category-labels.js";

describe("singularTitle", () => {
  it.each([
    ["Registered Nurses", "Registered Nurse"],
    ["Nurse Midwives", "Nurse Midwife"],
    ["Chief Executives", "Chief Executive"],
    ["Software Developers", "Software Developer"],
    [
      "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive",
      "Secretary or Administrative Assistant (except legal, medical and executive)",
    ],
    ["Bookkeeping, Accounting, and Auditing Clerks", "Bookkeeping, Accounting or Auditing Clerk"],
    // invented titles built the same ways
    ["Kite Menders and Balloon Patchers", "Kite Mender or Balloon Patcher"],
    ["Fog Counting and Mist Records Officers", "Fog Counting and Mist Records Officer"],
    ["Supervisors of Puddle Jumpers, Splashers, and Waders", "Supervisor of Puddle Jumpers, Splashers, and Waders"],
    ["Echo Tuners, Canyon and Cave", "Echo Tuner, Canyon and Cave"],
    ["Whistle Coaches and Hum Scouts", "Whistle Coach or Hum Scout"],
    ["Pillow Fluffers, Including Cushion Service", "Pillow Fluffer (including cushion service)"],
    ["Cloud Occupations, All Other", "Cloud Occupation, All Other"],
    ["Comet Deputies", "Comet Deputy"],
    ["Lantern Hostesses and Hosts, Pier, Dock, and Jetty", "Lantern Hostess or Host, Pier, Dock, and Jetty"],
    ["Snow Sales Agents", "Snow Sales Agent"],
    ["Moon Logistics", "Moon Logistics"],
    ["Infantry", "Infantry"],
    ["Poets, Lyricists and Creative Writers", "Poet, Lyricist or Creative Writer"],
    ["Surgeons, Cloud Specialists", "Surgeon, Cloud Specialist"],
    ["Balloon Buyers, Farm Products", "Balloon Buyer, Farm Products"],
    ["Kite Stringing Machine Operators, Silk and Paper Fibers", "Kite Stringing Machine Operator, Silk and Paper Fibers"],
    [
      "Folding, Gluing, and Pressing Machine Setters, Operators, and Tenders, Paper and Card",
      "Folding, Gluing or Pressing Machine Setter, Operator or Tender, Paper and Card",
    ],
    ["Kite Fliers, Sports and Related Workers", "Kite Flier, Sports and Related Worker"],
    ["Helpers--Kite Menders, Patchers, and Stitchers", "Helper to Kite Menders, Patchers and Stitchers"],
    ["Balloon Systems Engineers/Architects", "Balloon Systems Engineer/Architect"],
  ])("%s -> %s", (plural, singular) => {
    expect(singularTitle(plural)).toBe(singular);
  });

  it("leaves words that are not plural alone", () => {
    expect(["Business", "Status", "Analysis", "Physics", "Mechanic"].map(singularWord)).toEqual(["Business", "Status", "Analysis", "Physics", "Mechanic"]);
    expect(["Mechanics", "Attorneys", "Boxes", "Nurses", "Salespersons"].map(singularWord)).toEqual(["Mechanic", "Attorney", "Box", "Nurse", "Salesperson"]);
  });
});

describe("categoryLabel", () => {
  it.each([
    ["Less than a High School Diploma", "Less than a high school diploma"],
    ["High School Diploma - or the equivalent (for example, GED)", "High school diploma"],
    ["Post-Secondary Certificate - awarded for training completed after high school", "Post-secondary certificate"],
    ["Associate's Degree (or other 2-year degree)", "Associate's degree"],
    ["Post-Doctoral Training", "Post-doctoral training"],
    ["Up to and including 1 month", "Up to 1 month"],
    ["Over 1 month, up to and including 3 months", "1 to 3 months"],
    ["Over 6 months, up to and including 1 year", "6 months to 1 year"],
    ["Over 10 years", "Over 10 years"],
    ["Anything beyond short demonstration, up to and including 1 month", "Up to 1 month"],
  ])("%s -> %s", (description, label) => {
    expect(categoryLabel(description)).toBe(label);
  });
});
