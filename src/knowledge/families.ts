// Role families: how /roles and the role list group the knowledge base. Order here is display order.
export const FAMILIES = {
  administrative: "Administrative & office support",
  management: "Office & business management",
  operations: "Operations",
  "supply-chain": "Supply chain & logistics",
  "retail-and-service": "Retail & customer service",
  analysis: "Analysis",
  projects: "Projects, programs & products",
  people: "People (HR)",
  finance: "Finance & accounting",
} as const;

export type FamilyId = keyof typeof FAMILIES;
export const FAMILY_IDS = Object.keys(FAMILIES) as [FamilyId, ...FamilyId[]];
