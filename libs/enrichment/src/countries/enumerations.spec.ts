import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { detectCountries } from './detect.js';

function primaryOf(body: string): string | null {
  return detectCountries(null, tokenize(body), null).primary;
}

describe('subdivisions in an enumeration of subdivisions', () => {
  it('count when a plural administrative word introduces the list before a colon', () => {
    // "San José" alone is Costa Rica's capital; the departments around it are Uruguay's.
    const body = 'Los 6 departamentos más afectados por las lluvias: Canelones, Colonia, Rocha, San José y Soriano.';
    assert.equal(primaryOf(body), 'UY');
  });

  it('count after "the provinces of" and before "districts"', () => {
    const kenya = 'Kenya sends aid. ';
    assert.equal(primaryOf(`${kenya}Arrivals were registered in Kisoro, Kanungu and Bundibugyo districts, in the west.`), 'UG');
    assert.equal(primaryOf(`${kenya}Aid reached the provinces of Kwilu, Kasai and Tanganyika last week.`), 'CD');
  });

  it('do not count in a list no administrative word frames', () => {
    assert.equal(primaryOf('Lluvias en Canelones, Colonia, Rocha, San José y Soriano.'), 'CR');
    assert.equal(primaryOf('Kenya sends aid. Kisoro, Kanungu and Bundibugyo received it.'), 'KE');
  });

  it('do not count for a single name after a plural word (each item with its own "de")', () => {
    const body = "Le Soudan du Sud les accueille, dans les Etats du Bahr el Ghazal du Nord, de Warrap et d'Unité.";
    const found = detectCountries(null, tokenize(body), null);
    assert.deepEqual(
      found.countries.map((c) => c.code),
      ['SS'],
    );
  });
});
