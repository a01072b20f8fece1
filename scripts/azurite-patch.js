// Azurite's queue store (3.x) keeps every message of every queue in one LokiJS collection with four sorted indexes.
// Two of its calls make LokiJS re-sort all of them on every queue operation: removing expired messages first, even
// when there are none, and updating the dequeued messages as one batch, even an empty one. With a few thousand
// messages (durable timers wait as invisible messages for days) every poll then costs milliseconds of Azurite's one
// thread, and the durable backend stalls. These patches remove nothing only when there is nothing, and update
// dequeued messages one by one (LokiJS then moves each in its indexes); what Azurite stores and answers is unchanged.
// Idempotent; an Azurite whose code differs is left as it is, with a note.
const fs = require("fs");
const path = require("path");

const root = process.argv[2] || path.join(__dirname, "..");
const file = path.join(root, "node_modules/azurite/dist/src/queue/persistence/LokiQueueMetadataStore.js");
const marker = "/* returns: indexes kept sorted */";
const patches = [
  ["            .data();\n        coll.remove(docs);\n    }",
   "            .data();\n        if (docs.length > 0) {\n            coll.remove(docs);\n        }\n    }"],
  ["        coll.update(docs);\n",
   "        " + marker + "\n        for (const doc of docs) {\n            coll.update(doc);\n        }\n"],
];

let source;
try {
  source = fs.readFileSync(file, "utf8");
} catch {
  process.exit(0); // not installed yet
}
if (source.includes(marker)) process.exit(0);
if (patches.some(([from]) => source.split(from).length !== 2)) {
  console.error(`note: ${path.relative(root, file)} differs from the Azurite this project knows; its queue store is left unpatched.`);
  process.exit(0);
}
for (const [from, to] of patches) source = source.replace(from, to);
fs.writeFileSync(file, source);
