// Azurite (3.x) keeps its data in LokiJS collections, and a few of its calls cost far more than they need to once the
// durable backend has thousands of messages and rows in them; the one-machine host then stalls. These patches change
// how Azurite finds what it already answers, never what it stores or answers:
// - Queue store: every message of every queue lives in one collection with four sorted indexes. Removing expired
//   messages before each queue operation (even when there are none) and updating the dequeued messages as one batch
//   (even an empty one) re-sort all of them; the patch removes nothing only when there is nothing and updates
//   messages one by one (LokiJS then moves each in its indexes). Its queries for one queue start with the account,
//   which every message shares, so each scanned all messages; they now start with the queue's name (indexed).
// - Table store: a query is one filter function run over every row of the table. A query for one partition (the
//   durable history of one return, for instance) now starts from that partition's rows, found in the PartitionKey
//   index Azurite keeps anyway. A point read starts from the row-key index, and every instance row of the durable
//   backend has the same empty row key; it now starts from whichever of the two indexes holds fewer rows.
//   (LokiJS orders numeric strings before all others and each group consistently, and checks "eq" exactly after
//   its index narrowed the rows, so these finds return exactly what the full scans returned.)
// Idempotent; a file whose code differs from the Azurite this project knows is left as it is, with a note.
const fs = require("fs");
const path = require("path");

const root = process.argv[2] || path.join(__dirname, "..");
const store = (kind, name) => path.join(root, `node_modules/azurite/dist/src/${kind}/persistence/${name}`);

const partitionScope = `
/* returns: table finds by index */
function returnsScopeToPartition(chain, filter) {
    // The partition key a filter requires: an "eq" on PartitionKey reached only through "and" (never "or" or "not").
    const required = (node) => {
        if (node.name === "and") {
            const left = required(node.left);
            return left !== undefined ? left : required(node.right);
        }
        if (node.name !== "eq") return undefined;
        const [id, constant] = node.left.name === "id" ? [node.left, node.right] : [node.right, node.left];
        return id.name === "id" && id.identifier === "PartitionKey" && constant.name === "constant" &&
            typeof constant.value === "string" ? constant.value : undefined;
    };
    let partitionKey;
    try {
        partitionKey = filter ? required(require("./QueryInterpreter/QueryParser").default(filter)) : undefined;
    } catch {
        partitionKey = undefined;
    }
    return partitionKey === undefined ? chain : chain.find({ PartitionKey: { $eq: partitionKey } });
}
function returnsFindEntity(coll, partitionKey, rowKey) {
    const rows = (property, value) => {
        if (!coll.binaryIndices || !coll.binaryIndices[property]) return Infinity;
        if (coll.adaptiveBinaryIndices !== true) coll.ensureIndex(property);
        const [from, to] = coll.calculateRange("$eq", property, value);
        return to - from;
    };
    return rows("PartitionKey", partitionKey) < rows("RowKey", rowKey)
        ? coll.findOne({ PartitionKey: partitionKey, RowKey: rowKey })
        : coll.findOne({ RowKey: rowKey, PartitionKey: partitionKey });
}
`;

const removeOnlyWhenAny = {
  from: "            .data();\n        coll.remove(docs);\n    }",
  to: "            .data();\n        if (docs.length > 0) {\n            coll.remove(docs);\n        }\n    }",
};

const files = [
  {
    file: store("queue", "LokiQueueMetadataStore.js"),
    marker: "/* returns: indexes kept sorted, queue first */",
    patches: [
      removeOnlyWhenAny,
      { from: "        coll.update(docs);\n",
        to: "        /* returns: indexes kept sorted, queue first */\n        for (const doc of docs) {\n            coll.update(doc);\n        }\n" },
      { from: "            accountName: account,\n            queueName: queue,\n",
        to: "            queueName: queue,\n            accountName: account,\n", count: 3 },
      { from: "{ accountName: account, queueName: queue }", to: "{ queueName: queue, accountName: account }" },
    ],
    // What the first version of this patch wrote (without the query order), put back as Azurite ships it first.
    earlier: [
      [removeOnlyWhenAny.to, removeOnlyWhenAny.from],
      ["        /* returns: indexes kept sorted */\n        for (const doc of docs) {\n            coll.update(doc);\n        }\n",
        "        coll.update(docs);\n"],
    ],
  },
  {
    file: store("table", "LokiTableMetadataStore.js"),
    marker: "/* returns: table finds by index */",
    patches: [
      { from: "        const result = tableEntityCollection\n            .chain()\n            .where(queryWhere)\n",
        to: "        const result = returnsScopeToPartition(tableEntityCollection.chain(), queryOptions.filter)\n            .where(queryWhere)\n" },
      { from: /(\w+)\.findOne\(\{\n\s*RowKey: ([\w.]+),\n\s*PartitionKey: ([\w.]+)\n\s*\}\)/g,
        to: "returnsFindEntity($1, $3, $2)", count: 6 },
    ],
    append: partitionScope,
  },
];

const count = (text, part) => typeof part === "string" ? text.split(part).length - 1 : (text.match(part) || []).length;

for (const { file, marker, patches, earlier, append } of files) {
  let source;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch {
    continue; // not installed yet
  }
  if (source.includes(marker)) continue;
  for (const [written, shipped] of earlier || []) source = source.split(written).join(shipped);
  if (patches.some(({ from, count: times = 1 }) => count(source, from) !== times)) {
    console.error(`note: ${path.relative(root, file)} differs from the Azurite this project knows; it is left unpatched.`);
    continue;
  }
  for (const { from, to } of patches) source = typeof from === "string" ? source.split(from).join(to) : source.replace(from, to);
  fs.writeFileSync(file, source + (append || ""));
}
