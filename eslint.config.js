// ESLint (flat config): typescript-eslint with type information, for the mistakes that matter in an
// async bot (a promise nobody awaits, a promise where a callback is expected, a switch that misses a
// case), plus the layer rule: the engine never imports Discord. Formatting is Prettier's job.
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

/** Imports that tie code to Discord: the library, its types, and our Discord adapters. */
const DISCORD_IMPORTS = {
  paths: [{ name: "discord.js", message: "The engine knows nothing of Discord: keep discord.js in src/discord and src/render/discord." }],
  patterns: [
    { group: ["discord.js/*", "@discordjs/*", "discord-api-types", "discord-api-types/*"], message: "The engine knows nothing of Discord." },
    { group: ["**/discord/**", "**/render/discord/**"], message: "The engine never imports the Discord adapter (src/discord, src/render/discord)." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "data/", ".dev/"] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "scripts/*.mjs", "bench/*.mjs"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // Implementations of async interfaces (stores, renderers, test doubles) are async without awaiting.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // The engine: knowledge, understanding, answers, text, and the facade over them.
    files: ["src/knowledge/**", "src/understanding/**", "src/answers/**", "src/text/**", "src/engine.ts"],
    rules: { "no-restricted-imports": ["error", DISCORD_IMPORTS] },
  },
  {
    // The adapters (Discord, terminal, renderers) reach the engine through src/engine.ts only: never
    // understanding or knowledge internals, and of answers/ only the Answer types and number formats.
    // test/architecture/adapter-imports.test.ts checks the same list.
    files: ["src/discord/**", "src/render/**", "src/cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/understanding/**",
                "**/knowledge/*",
                "!**/knowledge/aspects.js",
                "**/answers/*",
                "!**/answers/answer.js",
                "!**/answers/format-figures.js",
                "**/import/**",
              ],
              message: "Adapters use the engine (src/engine.ts), not its internals.",
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript (configs, scripts) has no type information to check against.
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
