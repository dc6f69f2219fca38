import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../text/tokenize.js';
import { findPlaces } from '../detect.js';
import { typedSharedSubdivisions } from './subdivision-types.js';

function codes(text: string): string[] {
  return findPlaces(tokenize(text)).map((m) => m.code);
}

describe('shared subdivision names with their kind', () => {
  it('reads the one country whose subdivisions are of that kind', () => {
    assert.deepEqual(codes('en el municipio de Córdoba, departamento de Bolívar.'), ['CO']);
    assert.deepEqual(codes('el estado Bolívar'), ['VE']);
    assert.deepEqual(codes('la provincia de Santa Cruz'), ['AR']);
    assert.deepEqual(codes('la Gobernación de Santa Cruz'), ['BO']);
    assert.deepEqual(codes('floods in Bolívar Department'), ['CO']);
  });

  it('reads nothing when the kind is shared too or the name is bare', () => {
    assert.deepEqual(codes('en el departamento de Amazonas'), []); // Colombia and Peru
    assert.deepEqual(codes('las familias de Bolívar'), []);
  });

  it('makes phrases only for names two countries share and a kind only one of them has', () => {
    const regions = new Map([
      ['CO', ['Bolívar', 'Casanare']],
      ['VE', ['Bolívar']],
      ['PE', ['Amazonas']],
    ]);
    const out = typedSharedSubdivisions(regions, (n) => n.toLowerCase());
    assert.ok(out.some(([p, c]) => p === 'departamento de Bolívar' && c === 'CO'));
    assert.ok(out.some(([p, c]) => p === 'estado Bolívar' && c === 'VE'));
    assert.ok(!out.some(([p]) => p.includes('Casanare') || p.includes('Amazonas')));
  });
});
