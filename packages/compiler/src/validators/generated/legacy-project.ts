// @ts-nocheck
// Generated from src/validators/definitions.ts ("legacy-project") by scripts/precompile-validators.mjs. Do not edit.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const validate = validate10;
export default validate10;
const schema11 = {"type":"object","properties":{"name":{"type":"string","minLength":1},"vendor":{"type":["string","null"]},"schemas":{"type":["object","null"],"properties":{"conventions":{"type":["object","null"],"properties":{"event":{"type":"object","properties":{"casing":{"enum":["snake","camel","pascal","title","any"]},"numbers":{"type":"boolean"},"reserved":{"type":"array","items":{"type":"string"}}}},"property":{"type":"object","properties":{"casing":{"enum":["snake","camel","pascal","title","any"]},"numbers":{"type":"boolean"},"reserved":{"type":"array","items":{"type":"string"}}}},"data_types":{"type":"array","items":{"enum":["string","integer","number","boolean","object","array","null","any"]}}}}}},"artifacts":{"type":["object","null"],"properties":{"dbt":{"type":["object","null"]}}},"registry":{"type":["object","null"],"properties":{"avo":{"type":["object","null"],"properties":{"branches":{"type":["object","null"],"additionalProperties":{"type":"string"}}}}}}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err0 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.name,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.vendor !== undefined){
let data1 = data.vendor;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: schema11.properties.vendor.type},message:"must be string,null",schema:schema11.properties.vendor.type,parentSchema:schema11.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schemas !== undefined){
let data2 = data.schemas;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
const err3 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/type",keyword:"type",params:{type: schema11.properties.schemas.type},message:"must be object,null",schema:schema11.properties.schemas.type,parentSchema:schema11.properties.schemas,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.conventions !== undefined){
let data3 = data2.conventions;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
const err4 = {instancePath:instancePath+"/schemas/conventions",schemaPath:"#/properties/schemas/properties/conventions/type",keyword:"type",params:{type: schema11.properties.schemas.properties.conventions.type},message:"must be object,null",schema:schema11.properties.schemas.properties.conventions.type,parentSchema:schema11.properties.schemas.properties.conventions,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.event !== undefined){
let data4 = data3.event;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.casing !== undefined){
let data5 = data4.casing;
if(!(((((data5 === "snake") || (data5 === "camel")) || (data5 === "pascal")) || (data5 === "title")) || (data5 === "any"))){
const err5 = {instancePath:instancePath+"/schemas/conventions/event/casing",schemaPath:"#/properties/schemas/properties/conventions/properties/event/properties/casing/enum",keyword:"enum",params:{allowedValues: schema11.properties.schemas.properties.conventions.properties.event.properties.casing.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.schemas.properties.conventions.properties.event.properties.casing.enum,parentSchema:schema11.properties.schemas.properties.conventions.properties.event.properties.casing,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.numbers !== undefined){
let data6 = data4.numbers;
if(typeof data6 !== "boolean"){
const err6 = {instancePath:instancePath+"/schemas/conventions/event/numbers",schemaPath:"#/properties/schemas/properties/conventions/properties/event/properties/numbers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.schemas.properties.conventions.properties.event.properties.numbers.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.event.properties.numbers,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.reserved !== undefined){
let data7 = data4.reserved;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err7 = {instancePath:instancePath+"/schemas/conventions/event/reserved/" + i0,schemaPath:"#/properties/schemas/properties/conventions/properties/event/properties/reserved/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.schemas.properties.conventions.properties.event.properties.reserved.items.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.event.properties.reserved.items,data:data8};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/schemas/conventions/event/reserved",schemaPath:"#/properties/schemas/properties/conventions/properties/event/properties/reserved/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.schemas.properties.conventions.properties.event.properties.reserved.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.event.properties.reserved,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/schemas/conventions/event",schemaPath:"#/properties/schemas/properties/conventions/properties/event/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.schemas.properties.conventions.properties.event.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.event,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.property !== undefined){
let data9 = data3.property;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.casing !== undefined){
let data10 = data9.casing;
if(!(((((data10 === "snake") || (data10 === "camel")) || (data10 === "pascal")) || (data10 === "title")) || (data10 === "any"))){
const err10 = {instancePath:instancePath+"/schemas/conventions/property/casing",schemaPath:"#/properties/schemas/properties/conventions/properties/property/properties/casing/enum",keyword:"enum",params:{allowedValues: schema11.properties.schemas.properties.conventions.properties.property.properties.casing.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.schemas.properties.conventions.properties.property.properties.casing.enum,parentSchema:schema11.properties.schemas.properties.conventions.properties.property.properties.casing,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data9.numbers !== undefined){
let data11 = data9.numbers;
if(typeof data11 !== "boolean"){
const err11 = {instancePath:instancePath+"/schemas/conventions/property/numbers",schemaPath:"#/properties/schemas/properties/conventions/properties/property/properties/numbers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.schemas.properties.conventions.properties.property.properties.numbers.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.property.properties.numbers,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data9.reserved !== undefined){
let data12 = data9.reserved;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(typeof data13 !== "string"){
const err12 = {instancePath:instancePath+"/schemas/conventions/property/reserved/" + i1,schemaPath:"#/properties/schemas/properties/conventions/properties/property/properties/reserved/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.schemas.properties.conventions.properties.property.properties.reserved.items.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.property.properties.reserved.items,data:data13};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/schemas/conventions/property/reserved",schemaPath:"#/properties/schemas/properties/conventions/properties/property/properties/reserved/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.schemas.properties.conventions.properties.property.properties.reserved.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.property.properties.reserved,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/schemas/conventions/property",schemaPath:"#/properties/schemas/properties/conventions/properties/property/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.schemas.properties.conventions.properties.property.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.property,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.data_types !== undefined){
let data14 = data3.data_types;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(!((((((((data15 === "string") || (data15 === "integer")) || (data15 === "number")) || (data15 === "boolean")) || (data15 === "object")) || (data15 === "array")) || (data15 === "null")) || (data15 === "any"))){
const err15 = {instancePath:instancePath+"/schemas/conventions/data_types/" + i2,schemaPath:"#/properties/schemas/properties/conventions/properties/data_types/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.schemas.properties.conventions.properties.data_types.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.schemas.properties.conventions.properties.data_types.items.enum,parentSchema:schema11.properties.schemas.properties.conventions.properties.data_types.items,data:data15};
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
const err16 = {instancePath:instancePath+"/schemas/conventions/data_types",schemaPath:"#/properties/schemas/properties/conventions/properties/data_types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.schemas.properties.conventions.properties.data_types.type,parentSchema:schema11.properties.schemas.properties.conventions.properties.data_types,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
}
}
if(data.artifacts !== undefined){
let data16 = data.artifacts;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
const err17 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: schema11.properties.artifacts.type},message:"must be object,null",schema:schema11.properties.artifacts.type,parentSchema:schema11.properties.artifacts,data:data16};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.dbt !== undefined){
let data17 = data16.dbt;
if((!(data17 && typeof data17 == "object" && !Array.isArray(data17))) && (data17 !== null)){
const err18 = {instancePath:instancePath+"/artifacts/dbt",schemaPath:"#/properties/artifacts/properties/dbt/type",keyword:"type",params:{type: schema11.properties.artifacts.properties.dbt.type},message:"must be object,null",schema:schema11.properties.artifacts.properties.dbt.type,parentSchema:schema11.properties.artifacts.properties.dbt,data:data17};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
if(data.registry !== undefined){
let data18 = data.registry;
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)){
const err19 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/type",keyword:"type",params:{type: schema11.properties.registry.type},message:"must be object,null",schema:schema11.properties.registry.type,parentSchema:schema11.properties.registry,data:data18};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.avo !== undefined){
let data19 = data18.avo;
if((!(data19 && typeof data19 == "object" && !Array.isArray(data19))) && (data19 !== null)){
const err20 = {instancePath:instancePath+"/registry/avo",schemaPath:"#/properties/registry/properties/avo/type",keyword:"type",params:{type: schema11.properties.registry.properties.avo.type},message:"must be object,null",schema:schema11.properties.registry.properties.avo.type,parentSchema:schema11.properties.registry.properties.avo,data:data19};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.branches !== undefined){
let data20 = data19.branches;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err21 = {instancePath:instancePath+"/registry/avo/branches",schemaPath:"#/properties/registry/properties/avo/properties/branches/type",keyword:"type",params:{type: schema11.properties.registry.properties.avo.properties.branches.type},message:"must be object,null",schema:schema11.properties.registry.properties.avo.properties.branches.type,parentSchema:schema11.properties.registry.properties.avo.properties.branches,data:data20};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key0 in data20){
let data21 = data20[key0];
if(typeof data21 !== "string"){
const err22 = {instancePath:instancePath+"/registry/avo/branches/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/registry/properties/avo/properties/branches/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.registry.properties.avo.properties.branches.additionalProperties.type,parentSchema:schema11.properties.registry.properties.avo.properties.branches.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
}
}
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

