// @ts-nocheck
// Generated from src/validators/definitions.ts ("user-config") by scripts/precompile-validators.mjs. Do not edit.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const validate = validate10;
export default validate10;
const schema11 = {"type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"name":{"type":"string","minLength":1},"vendor":{"type":"string"},"schemas":{"type":["string","array"],"minLength":1,"minItems":1,"items":{"type":"string","minLength":1}},"conventions":{"type":"object","additionalProperties":false,"properties":{"event":{"type":"object","additionalProperties":false,"properties":{"casing":{"enum":["title","snake","camel","pascal","any"]},"numbers":{"type":"boolean"},"reserved":{"type":"array","items":{"type":"string"}}}},"property":{"type":"object","additionalProperties":false,"properties":{"casing":{"enum":["title","snake","camel","pascal","any"]},"numbers":{"type":"boolean"},"reserved":{"type":"array","items":{"type":"string"}}}},"dataTypes":{"type":"array","items":{"enum":["string","integer","number","boolean","object","array","null","any"]}}}},"outDir":{"type":"string","minLength":1},"plugins":{"type":"array"},"lint":{"type":"object","additionalProperties":false,"properties":{"rules":{"type":"object","properties":{"schema-limits":{"description":"a severity (`error`, `warning`, `warn`, `info`, `off`) or `[severity, { maxDepth?: integer, maxProperties?: integer, maxBytes?: integer }]`","anyOf":[{"enum":["error","warning","warn","info","off"]},{"type":"array","minItems":1,"items":[{"enum":["error","warning","warn","info","off"]},{"type":"object","additionalProperties":false,"properties":{"maxDepth":{"type":"integer","minimum":1},"maxProperties":{"type":"integer","minimum":1},"maxBytes":{"type":"integer","minimum":1}}}],"additionalItems":false}]},"unknown-format":{"description":"a severity (`error`, `warning`, `warn`, `info`, `off`) or `[severity, { formats?: string[] }]`","anyOf":[{"enum":["error","warning","warn","info","off"]},{"type":"array","minItems":1,"items":[{"enum":["error","warning","warn","info","off"]},{"type":"object","additionalProperties":false,"properties":{"formats":{"type":"array","items":{"type":"string","minLength":1}}}}],"additionalItems":false}]}},"additionalProperties":{"description":"a severity (`error`, `warning`, `warn`, `info`, `off`) or `[severity, options]`","anyOf":[{"enum":["error","warning","warn","info","off"]},{"type":"array","minItems":1,"items":[{"enum":["error","warning","warn","info","off"]},{"type":"object"}],"additionalItems":false}]}}}},"emitIr":{"type":"boolean"}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.vendor !== undefined){
let data2 = data.vendor;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vendor.type,parentSchema:schema11.properties.vendor,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.schemas !== undefined){
let data3 = data.schemas;
if((typeof data3 !== "string") && (!(Array.isArray(data3)))){
const err5 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/type",keyword:"type",params:{type: schema11.properties.schemas.type},message:"must be string,array",schema:schema11.properties.schemas.type,parentSchema:schema11.properties.schemas,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err6 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.schemas,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.schemas,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err8 = {instancePath:instancePath+"/schemas/" + i0,schemaPath:"#/properties/schemas/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.schemas.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/schemas/" + i0,schemaPath:"#/properties/schemas/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.schemas.items.type,parentSchema:schema11.properties.schemas.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
if(data.conventions !== undefined){
let data5 = data.conventions;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!(((key1 === "event") || (key1 === "property")) || (key1 === "dataTypes"))){
const err10 = {instancePath:instancePath+"/conventions",schemaPath:"#/properties/conventions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.conventions,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.event !== undefined){
let data6 = data5.event;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!(((key2 === "casing") || (key2 === "numbers")) || (key2 === "reserved"))){
const err11 = {instancePath:instancePath+"/conventions/event",schemaPath:"#/properties/conventions/properties/event/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.conventions.properties.event,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.casing !== undefined){
let data7 = data6.casing;
if(!(((((data7 === "title") || (data7 === "snake")) || (data7 === "camel")) || (data7 === "pascal")) || (data7 === "any"))){
const err12 = {instancePath:instancePath+"/conventions/event/casing",schemaPath:"#/properties/conventions/properties/event/properties/casing/enum",keyword:"enum",params:{allowedValues: schema11.properties.conventions.properties.event.properties.casing.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.conventions.properties.event.properties.casing.enum,parentSchema:schema11.properties.conventions.properties.event.properties.casing,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.numbers !== undefined){
let data8 = data6.numbers;
if(typeof data8 !== "boolean"){
const err13 = {instancePath:instancePath+"/conventions/event/numbers",schemaPath:"#/properties/conventions/properties/event/properties/numbers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.conventions.properties.event.properties.numbers.type,parentSchema:schema11.properties.conventions.properties.event.properties.numbers,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.reserved !== undefined){
let data9 = data6.reserved;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/conventions/event/reserved/" + i1,schemaPath:"#/properties/conventions/properties/event/properties/reserved/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.conventions.properties.event.properties.reserved.items.type,parentSchema:schema11.properties.conventions.properties.event.properties.reserved.items,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/conventions/event/reserved",schemaPath:"#/properties/conventions/properties/event/properties/reserved/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.conventions.properties.event.properties.reserved.type,parentSchema:schema11.properties.conventions.properties.event.properties.reserved,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/conventions/event",schemaPath:"#/properties/conventions/properties/event/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.conventions.properties.event.type,parentSchema:schema11.properties.conventions.properties.event,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.property !== undefined){
let data11 = data5.property;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
if(!(((key3 === "casing") || (key3 === "numbers")) || (key3 === "reserved"))){
const err17 = {instancePath:instancePath+"/conventions/property",schemaPath:"#/properties/conventions/properties/property/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.conventions.properties.property,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.casing !== undefined){
let data12 = data11.casing;
if(!(((((data12 === "title") || (data12 === "snake")) || (data12 === "camel")) || (data12 === "pascal")) || (data12 === "any"))){
const err18 = {instancePath:instancePath+"/conventions/property/casing",schemaPath:"#/properties/conventions/properties/property/properties/casing/enum",keyword:"enum",params:{allowedValues: schema11.properties.conventions.properties.property.properties.casing.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.conventions.properties.property.properties.casing.enum,parentSchema:schema11.properties.conventions.properties.property.properties.casing,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.numbers !== undefined){
let data13 = data11.numbers;
if(typeof data13 !== "boolean"){
const err19 = {instancePath:instancePath+"/conventions/property/numbers",schemaPath:"#/properties/conventions/properties/property/properties/numbers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.conventions.properties.property.properties.numbers.type,parentSchema:schema11.properties.conventions.properties.property.properties.numbers,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.reserved !== undefined){
let data14 = data11.reserved;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(typeof data15 !== "string"){
const err20 = {instancePath:instancePath+"/conventions/property/reserved/" + i2,schemaPath:"#/properties/conventions/properties/property/properties/reserved/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.conventions.properties.property.properties.reserved.items.type,parentSchema:schema11.properties.conventions.properties.property.properties.reserved.items,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/conventions/property/reserved",schemaPath:"#/properties/conventions/properties/property/properties/reserved/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.conventions.properties.property.properties.reserved.type,parentSchema:schema11.properties.conventions.properties.property.properties.reserved,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/conventions/property",schemaPath:"#/properties/conventions/properties/property/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.conventions.properties.property.type,parentSchema:schema11.properties.conventions.properties.property,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.dataTypes !== undefined){
let data16 = data5.dataTypes;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(!((((((((data17 === "string") || (data17 === "integer")) || (data17 === "number")) || (data17 === "boolean")) || (data17 === "object")) || (data17 === "array")) || (data17 === "null")) || (data17 === "any"))){
const err23 = {instancePath:instancePath+"/conventions/dataTypes/" + i3,schemaPath:"#/properties/conventions/properties/dataTypes/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.conventions.properties.dataTypes.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.conventions.properties.dataTypes.items.enum,parentSchema:schema11.properties.conventions.properties.dataTypes.items,data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/conventions/dataTypes",schemaPath:"#/properties/conventions/properties/dataTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.conventions.properties.dataTypes.type,parentSchema:schema11.properties.conventions.properties.dataTypes,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/conventions",schemaPath:"#/properties/conventions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.conventions.type,parentSchema:schema11.properties.conventions,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.outDir !== undefined){
let data18 = data.outDir;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err26 = {instancePath:instancePath+"/outDir",schemaPath:"#/properties/outDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.outDir,data:data18};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/outDir",schemaPath:"#/properties/outDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.outDir.type,parentSchema:schema11.properties.outDir,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.plugins !== undefined){
let data19 = data.plugins;
if(!(Array.isArray(data19))){
const err28 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.plugins.type,parentSchema:schema11.properties.plugins,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.lint !== undefined){
let data20 = data.lint;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key4 in data20){
if(!(key4 === "rules")){
const err29 = {instancePath:instancePath+"/lint",schemaPath:"#/properties/lint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.lint,data:data20};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data20.rules !== undefined){
let data21 = data20.rules;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key5 in data21){
if(!((key5 === "schema-limits") || (key5 === "unknown-format"))){
let data22 = data21[key5];
const _errs49 = errors;
let valid14 = false;
const _errs50 = errors;
if(!(((((data22 === "error") || (data22 === "warning")) || (data22 === "warn")) || (data22 === "info")) || (data22 === "off"))){
const err30 = {instancePath:instancePath+"/lint/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint/properties/rules/additionalProperties/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.lint.properties.rules.additionalProperties.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[0].enum,parentSchema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs50 === errors;
valid14 = valid14 || _valid0;
if(!valid14){
const _errs51 = errors;
if(Array.isArray(data22)){
if(data22.length < 1){
const err31 = {instancePath:instancePath+"/lint/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint/properties/rules/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len4 = data22.length;
if(!(len4 <= 2)){
const err32 = {instancePath:instancePath+"/lint/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint/properties/rules/additionalProperties/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len5 = data22.length;
if(len5 > 0){
let data23 = data22[0];
if(!(((((data23 === "error") || (data23 === "warning")) || (data23 === "warn")) || (data23 === "info")) || (data23 === "off"))){
const err33 = {instancePath:instancePath+"/lint/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/0",schemaPath:"#/properties/lint/properties/rules/additionalProperties/anyOf/1/items/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].items[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].items[0].enum,parentSchema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].items[0],data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(len5 > 1){
let data24 = data22[1];
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
const err34 = {instancePath:instancePath+"/lint/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/1",schemaPath:"#/properties/lint/properties/rules/additionalProperties/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].items[1].type,parentSchema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].items[1],data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/lint/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint/properties/rules/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].type,parentSchema:schema11.properties.lint.properties.rules.additionalProperties.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs51 === errors;
valid14 = valid14 || _valid0;
}
if(!valid14){
const err36 = {instancePath:instancePath+"/lint/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/lint/properties/rules/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.lint.properties.rules.additionalProperties.anyOf,parentSchema:schema11.properties.lint.properties.rules.additionalProperties,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
}
if(data21["schema-limits"] !== undefined){
let data25 = data21["schema-limits"];
const _errs57 = errors;
let valid17 = false;
const _errs58 = errors;
if(!(((((data25 === "error") || (data25 === "warning")) || (data25 === "warn")) || (data25 === "info")) || (data25 === "off"))){
const err37 = {instancePath:instancePath+"/lint/rules/schema-limits",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[0].enum,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs58 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs59 = errors;
if(Array.isArray(data25)){
if(data25.length < 1){
const err38 = {instancePath:instancePath+"/lint/rules/schema-limits",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len6 = data25.length;
if(!(len6 <= 2)){
const err39 = {instancePath:instancePath+"/lint/rules/schema-limits",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len7 = data25.length;
if(len7 > 0){
let data26 = data25[0];
if(!(((((data26 === "error") || (data26 === "warning")) || (data26 === "warn")) || (data26 === "info")) || (data26 === "off"))){
const err40 = {instancePath:instancePath+"/lint/rules/schema-limits/0",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[0].enum,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[0],data:data26};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(len7 > 1){
let data27 = data25[1];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key6 in data27){
if(!(((key6 === "maxDepth") || (key6 === "maxProperties")) || (key6 === "maxBytes"))){
const err41 = {instancePath:instancePath+"/lint/rules/schema-limits/1",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1],data:data27};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data27.maxDepth !== undefined){
let data28 = data27.maxDepth;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err42 = {instancePath:instancePath+"/lint/rules/schema-limits/1/maxDepth",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/properties/maxDepth/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxDepth.type,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxDepth,data:data28};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 1 || isNaN(data28)){
const err43 = {instancePath:instancePath+"/lint/rules/schema-limits/1/maxDepth",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/properties/maxDepth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxDepth,data:data28};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data27.maxProperties !== undefined){
let data29 = data27.maxProperties;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err44 = {instancePath:instancePath+"/lint/rules/schema-limits/1/maxProperties",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/properties/maxProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxProperties.type,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxProperties,data:data29};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 1 || isNaN(data29)){
const err45 = {instancePath:instancePath+"/lint/rules/schema-limits/1/maxProperties",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/properties/maxProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxProperties,data:data29};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data27.maxBytes !== undefined){
let data30 = data27.maxBytes;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err46 = {instancePath:instancePath+"/lint/rules/schema-limits/1/maxBytes",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxBytes.type,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxBytes,data:data30};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 1 || isNaN(data30)){
const err47 = {instancePath:instancePath+"/lint/rules/schema-limits/1/maxBytes",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].properties.maxBytes,data:data30};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
else {
const err48 = {instancePath:instancePath+"/lint/rules/schema-limits/1",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1].type,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].items[1],data:data27};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/lint/rules/schema-limits",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1].type,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid1 = _errs59 === errors;
valid17 = valid17 || _valid1;
}
if(!valid17){
const err50 = {instancePath:instancePath+"/lint/rules/schema-limits",schemaPath:"#/properties/lint/properties/rules/properties/schema-limits/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.lint.properties.rules.properties["schema-limits"].anyOf,parentSchema:schema11.properties.lint.properties.rules.properties["schema-limits"],data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
if(data21["unknown-format"] !== undefined){
let data31 = data21["unknown-format"];
const _errs72 = errors;
let valid20 = false;
const _errs73 = errors;
if(!(((((data31 === "error") || (data31 === "warning")) || (data31 === "warn")) || (data31 === "info")) || (data31 === "off"))){
const err51 = {instancePath:instancePath+"/lint/rules/unknown-format",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[0].enum,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid2 = _errs73 === errors;
valid20 = valid20 || _valid2;
if(!valid20){
const _errs74 = errors;
if(Array.isArray(data31)){
if(data31.length < 1){
const err52 = {instancePath:instancePath+"/lint/rules/unknown-format",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len8 = data31.length;
if(!(len8 <= 2)){
const err53 = {instancePath:instancePath+"/lint/rules/unknown-format",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/additionalItems",keyword:"additionalItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len9 = data31.length;
if(len9 > 0){
let data32 = data31[0];
if(!(((((data32 === "error") || (data32 === "warning")) || (data32 === "warn")) || (data32 === "info")) || (data32 === "off"))){
const err54 = {instancePath:instancePath+"/lint/rules/unknown-format/0",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/items/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[0].enum,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[0],data:data32};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(len9 > 1){
let data33 = data31[1];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key7 in data33){
if(!(key7 === "formats")){
const err55 = {instancePath:instancePath+"/lint/rules/unknown-format/1",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/items/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1],data:data33};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data33.formats !== undefined){
let data34 = data33.formats;
if(Array.isArray(data34)){
const len10 = data34.length;
for(let i4=0; i4<len10; i4++){
let data35 = data34[i4];
if(typeof data35 === "string"){
if(func3(data35) < 1){
const err56 = {instancePath:instancePath+"/lint/rules/unknown-format/1/formats/" + i4,schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/items/1/properties/formats/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1].properties.formats.items,data:data35};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/lint/rules/unknown-format/1/formats/" + i4,schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/items/1/properties/formats/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1].properties.formats.items.type,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1].properties.formats.items,data:data35};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/lint/rules/unknown-format/1/formats",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/items/1/properties/formats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1].properties.formats.type,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1].properties.formats,data:data34};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/lint/rules/unknown-format/1",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/items/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1].type,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].items[1],data:data33};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/lint/rules/unknown-format",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1].type,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid2 = _errs74 === errors;
valid20 = valid20 || _valid2;
}
if(!valid20){
const err61 = {instancePath:instancePath+"/lint/rules/unknown-format",schemaPath:"#/properties/lint/properties/rules/properties/unknown-format/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.lint.properties.rules.properties["unknown-format"].anyOf,parentSchema:schema11.properties.lint.properties.rules.properties["unknown-format"],data:data31};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/lint/rules",schemaPath:"#/properties/lint/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.lint.properties.rules.type,parentSchema:schema11.properties.lint.properties.rules,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/lint",schemaPath:"#/properties/lint/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.lint.type,parentSchema:schema11.properties.lint,data:data20};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.emitIr !== undefined){
let data36 = data.emitIr;
if(typeof data36 !== "boolean"){
const err64 = {instancePath:instancePath+"/emitIr",schemaPath:"#/properties/emitIr/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.emitIr.type,parentSchema:schema11.properties.emitIr,data:data36};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

