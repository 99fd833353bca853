function (newDoc, oldDoc, userCtx, secObj) {
  // The team database's validate_doc_update (design document _design/lansinventering).
  // CouchDB 3 runs it in SpiderMonkey for every write: plain ES5, one function expression with
  // nothing before it (both CouchDB and pouchdb-server compile the text as one expression).
  // scripts/couch/team-database.mjs puts the JSON Schema generated from teamDocBodySchema
  // (src/domain/team/value-doc.ts) in place of the placeholder below.
  // The rules are those of src/domain/team/team-role.ts; tests/unit/validate-doc-update*.test.ts
  // hold this function equal to the app's schema and to mayWrite.
  var SCHEMA = __SCHEMA__;

  var AGREED = '';
  // The values that belong to the group rather than to one interviewer (GROUP_FIELDS in team-role.ts).
  var GROUP_FIELDS = { reason: true, level: true, round: true, informant: true, reported: true, summary: true, comment: true, status: true };
  var TYPE_NAMES = { string: 'en text', number: 'ett tal', integer: 'ett heltal', boolean: 'true eller false', object: 'ett objekt', array: 'en lista', 'null': 'null' };

  function refuse(reason) {
    throw { forbidden: reason };
  }

  function contains(list, item) {
    if (!list) return false;
    for (var i = 0; i < list.length; i += 1) {
      if (list[i] === item) return true;
    }
    return false;
  }

  function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  // ---- Who writes -------------------------------------------------------------------------

  function isAdmin() {
    var roles = userCtx.roles || [];
    if (contains(roles, '_admin')) return true;
    var admins = (secObj && secObj.admins) || {};
    if (userCtx.name !== null && contains(admins.names, userCtx.name)) return true;
    for (var i = 0; i < roles.length; i += 1) {
      if (contains(admins.roles, roles[i])) return true;
    }
    return false;
  }

  // teamRoleOf: with more than one team role the widest wins.
  function teamRoleOf(roles) {
    if (contains(roles, '_admin') || contains(roles, 'samordnare')) return 'samordnare';
    if (contains(roles, 'intervjuare')) return 'intervjuare';
    if (contains(roles, 'lasare')) return 'lasare';
    return null;
  }

  // mayWrite: scores, notes and "done" under one's own rater id (a coordinator also the group's),
  // one's own rater entry, guide answers by anyone who interviews, the group's values by the coordinator.
  function mayWrite(role, user, change) {
    if (role === 'lasare') return false;
    switch (change.field) {
      case 'score':
      case 'note':
      case 'done':
        return change.rater === user || (change.rater === AGREED && role === 'samordnare');
      case 'rater':
        return change.rater === user;
      case 'answer':
      case 'figure':
      case 'choice':
      case 'other':
        return true;
      default:
        return GROUP_FIELDS[change.field] === true && role === 'samordnare';
    }
  }

  function whatIsRefused(change) {
    if (change.field === 'score' || change.field === 'note' || change.field === 'done') {
      return change.rater === AGREED ? 'gruppens gemensamma värden' : 'en annan bedömares värden';
    }
    if (change.field === 'rater') return 'en annan bedömares uppgifter';
    return 'gruppens värden (' + change.field + ')';
  }

  // ---- Which document ---------------------------------------------------------------------

  // changeKey of src/domain/workspace/changes.ts: one key per value of the workspace.
  function changeKey(change) {
    switch (change.field) {
      case 'score':
      case 'note':
        return change.round + '/' + change.rater + '/' + change.county + '/' + change.statement + '/' + change.field;
      case 'reason':
        return change.round + '//' + change.county + '/' + change.statement + '/reason';
      case 'done':
        return change.round + '/' + change.rater + '/' + change.county + '//done';
      case 'level':
        return change.round + '//' + change.county + '/' + change.area + '/level';
      case 'round':
        return change.round + '////round';
      case 'rater':
        return '/' + change.rater + '///rater';
      case 'answer':
      case 'figure':
      case 'other':
        return change.round + '//' + change.county + '/' + change.question + '/' + change.field;
      case 'choice':
        return change.round + '//' + change.county + '/' + change.question + '/choice/' + change.option;
      case 'informant':
        return change.round + '//' + change.county + '/' + change.informant + '/informant';
      case 'reported':
        return change.round + '///' + change.kind + '/reported';
      case 'summary':
        return change.round + '//' + change.county + '//summary';
      case 'comment':
        return change.round + '//' + change.county + '/' + change.area + '/comment';
      case 'status':
        return change.round + '//' + change.county + '/' + change.at + '/status';
      default:
        return null;
    }
  }

  // ---- What it says: a JSON Schema checker for the keywords the generated schema uses ------

  function typeOf(value) {
    if (value === null) return 'null';
    if (Object.prototype.toString.call(value) === '[object Array]') return 'array';
    return typeof value;
  }

  function hasType(value, type) {
    if (type === 'integer') return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
    return typeOf(value) === type;
  }

  function namesType(schema, type) {
    return schema.type === type || (typeOf(schema.type) === 'array' && contains(schema.type, type));
  }

  // "a", "a eller b", "a, b eller c"
  function oneOfWords(words) {
    if (words.length < 2) return words.join('');
    return words.slice(0, words.length - 1).join(', ') + ' eller ' + words[words.length - 1];
  }

  function show(value) {
    return JSON.stringify(value);
  }

  function describe(schema) {
    var words = [];
    var i;
    if (hasOwn(schema, 'const')) return show(schema['const']);
    if (schema['enum']) {
      for (i = 0; i < schema['enum'].length; i += 1) words.push(show(schema['enum'][i]));
      return oneOfWords(words);
    }
    var options = schema.anyOf || schema.oneOf;
    if (options) {
      for (i = 0; i < options.length; i += 1) words.push(describe(options[i]));
      return oneOfWords(words);
    }
    var types = typeOf(schema.type) === 'array' ? schema.type : [schema.type];
    for (i = 0; i < types.length; i += 1) words.push(TYPE_NAMES[types[i]] || String(types[i]));
    return oneOfWords(words);
  }

  function at(path, key) {
    return path === '' ? key : path + '.' + key;
  }

  function fail(path, message) {
    return (path === '' ? 'dokumentet' : path) + ': ' + message;
  }

  // The property every option of a union fixes to a value of its own (`type`, `field`), or null.
  function discriminatorOf(options) {
    var first = options[0] && options[0].properties;
    if (!first) return null;
    for (var key in first) {
      if (!hasOwn(first, key)) continue;
      var seen = {};
      var found = true;
      for (var i = 0; i < options.length && found; i += 1) {
        var property = options[i].properties && options[i].properties[key];
        found = Boolean(property) && hasOwn(property, 'const') && typeof property['const'] === 'string' && !hasOwn(seen, property['const']);
        if (found) seen[property['const']] = true;
      }
      if (found) return key;
    }
    return null;
  }

  function checkUnion(options, value, path, exactlyOne) {
    var i;
    var tag = discriminatorOf(options);
    if (tag !== null) {
      if (typeOf(value) !== 'object') return fail(path, 'ska vara ett objekt');
      var tags = [];
      for (i = 0; i < options.length; i += 1) {
        if (options[i].properties[tag]['const'] === value[tag]) return check(options[i], value, path);
        tags.push(show(options[i].properties[tag]['const']));
      }
      return fail(at(path, tag), hasOwn(value, tag) ? 'ska vara ' + oneOfWords(tags) : 'saknas');
    }
    var passed = 0;
    var structural = [];
    for (i = 0; i < options.length; i += 1) {
      if (check(options[i], value, path) === null) passed += 1;
      else if ((typeOf(value) === 'object' || typeOf(value) === 'array') && namesType(options[i], typeOf(value))) structural.push(options[i]);
    }
    if (passed === 0) {
      // An object or a list that only one option could be: say what inside it is wrong.
      if (structural.length === 1) return check(structural[0], value, path);
      return fail(path, 'ska vara ' + oneOfWords(describeEach(options)));
    }
    if (exactlyOne && passed > 1) return fail(path, 'passar mer än ett av alternativen');
    return null;
  }

  function describeEach(options) {
    var words = [];
    for (var i = 0; i < options.length; i += 1) words.push(describe(options[i]));
    return words;
  }

  function checkType(schema, value, path) {
    if (schema.type === undefined) return null;
    var types = typeOf(schema.type) === 'array' ? schema.type : [schema.type];
    for (var i = 0; i < types.length; i += 1) {
      if (hasType(value, types[i])) return null;
    }
    return fail(path, 'ska vara ' + describe({ type: schema.type }));
  }

  // A string's length in code points, as JSON Schema and the app's schema count it: a character
  // outside the Basic Multilingual Plane (two UTF-16 units, a surrogate pair) counts as one.
  function lengthOf(text) {
    var count = text.length;
    for (var i = 0; i < text.length - 1; i += 1) {
      if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        count -= 1;
        i += 1;
      }
    }
    return count;
  }

  function checkString(schema, value, path) {
    if (schema.minLength !== undefined && lengthOf(value) < schema.minLength) {
      return fail(path, schema.minLength === 1 ? 'får inte vara tom' : 'ska ha minst ' + schema.minLength + ' tecken');
    }
    if (schema.maxLength !== undefined && lengthOf(value) > schema.maxLength) return fail(path, 'får ha högst ' + schema.maxLength + ' tecken');
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return fail(path, 'har inte rätt form (' + schema.pattern + ')');
    return null;
  }

  function checkNumber(schema, value, path) {
    if (schema.minimum !== undefined && value < schema.minimum) return fail(path, 'ska vara minst ' + schema.minimum);
    if (schema.maximum !== undefined && value > schema.maximum) return fail(path, 'ska vara högst ' + schema.maximum);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return fail(path, 'ska vara större än ' + schema.exclusiveMinimum);
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return fail(path, 'ska vara mindre än ' + schema.exclusiveMaximum);
    return null;
  }

  function checkObject(schema, value, path) {
    var key;
    var error;
    var properties = schema.properties || {};
    var required = schema.required || [];
    for (var i = 0; i < required.length; i += 1) {
      if (!hasOwn(value, required[i])) return fail(at(path, required[i]), 'saknas');
    }
    for (key in properties) {
      if (hasOwn(properties, key) && hasOwn(value, key)) {
        error = check(properties[key], value[key], at(path, key));
        if (error !== null) return error;
      }
    }
    for (key in value) {
      if (!hasOwn(value, key) || hasOwn(properties, key) || schema.additionalProperties === undefined) continue;
      if (schema.additionalProperties === false) return fail(at(path, key), 'är inget fält som hör hit');
      error = check(schema.additionalProperties, value[key], at(path, key));
      if (error !== null) return error;
    }
    return null;
  }

  function checkArray(schema, value, path) {
    if (schema.items === undefined) return null;
    for (var i = 0; i < value.length; i += 1) {
      var error = check(schema.items, value[i], path + '[' + i + ']');
      if (error !== null) return error;
    }
    return null;
  }

  // Null when the value matches the schema, else "path: what is wrong".
  function check(schema, value, path) {
    var error = null;
    if (schema.anyOf) error = checkUnion(schema.anyOf, value, path, false);
    if (error === null && schema.oneOf) error = checkUnion(schema.oneOf, value, path, true);
    if (error !== null) return error;
    if (hasOwn(schema, 'const') && value !== schema['const']) return fail(path, 'ska vara ' + show(schema['const']));
    if (schema['enum'] && !contains(schema['enum'], value)) return fail(path, 'ska vara ' + describe({ 'enum': schema['enum'] }));
    error = checkType(schema, value, path);
    if (error !== null) return error;
    switch (typeOf(value)) {
      case 'string':
        return checkString(schema, value, path);
      case 'number':
        return checkNumber(schema, value, path);
      case 'object':
        return checkObject(schema, value, path);
      case 'array':
        return checkArray(schema, value, path);
      default:
        return null;
    }
  }

  // The body of a document: CouchDB's own fields (_id, _rev, _revisions…) set aside.
  function bodyOf(doc) {
    var body = {};
    for (var key in doc) {
      if (hasOwn(doc, key) && key.charAt(0) !== '_') body[key] = doc[key];
    }
    return body;
  }

  // ---- The rules ----------------------------------------------------------------------------

  if (isAdmin()) return;

  var role = teamRoleOf(userCtx.roles || []);
  var user = userCtx.name;
  if (role === null) refuse('du har ingen roll i teamet (intervjuare, samordnare eller lasare)');
  if (role === 'lasare') refuse('med rollen lasare kan du läsa men inte ändra något');

  if (newDoc._deleted === true) {
    var old = oldDoc && oldDoc.change;
    if (typeOf(old) !== 'object' || changeKey(old) === null) refuse('det finns ingen ändring att ta bort i det här dokumentet');
    if (!mayWrite(role, user, old)) refuse('med rollen ' + role + ' får du inte ta bort ' + whatIsRefused(old));
    return;
  }

  var wrong = check(SCHEMA, bodyOf(newDoc), '');
  if (wrong !== null) refuse(wrong);

  var change = newDoc.change;
  var valueId = 'v:' + changeKey(change);
  if (newDoc.type === 'value') {
    if (newDoc._id !== valueId) refuse('_id: ska vara ' + show(valueId) + ', nyckeln för ändringen');
    if (newDoc.by !== user) refuse('by: ska vara ditt eget användarnamn, ' + show(user));
  } else {
    if (newDoc.value !== valueId) refuse('value: ska vara ' + show(valueId) + ', nyckeln för ändringen');
    var supersededId = 's:' + valueId + ':' + newDoc.rev;
    if (newDoc._id !== supersededId) refuse('_id: ska vara ' + show(supersededId));
    if (newDoc.resolvedBy !== user) refuse('resolvedBy: ska vara ditt eget användarnamn, ' + show(user));
  }
  if (!mayWrite(role, user, change)) refuse('med rollen ' + role + ' får du inte ändra ' + whatIsRefused(change));
}
