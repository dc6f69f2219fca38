import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPersons } from './detect.js';
import { tokenize } from '../text/tokenize.js';

const persons = (text: string, contacts: { name: string | null; office: string | null }[] = []) => detectPersons(tokenize(text), contacts);

describe('persons', () => {
  it('finds a French speaker and the role after the comma', () => {
    assert.deepEqual(persons("« C'est essentiel », a déclaré José Pérez, chef de mission de l'OIM au Pérou."), [
      { name: 'José Pérez', role: "chef de mission de l'OIM au Pérou" },
    ]);
  });

  it('follows a hard-wrapped quote attribution', () => {
    assert.deepEqual(persons('« Nous continuerons », a\ndéclaré Marie-Claire\nDubois, directrice du\nbureau régional.'), [
      { name: 'Marie-Claire Dubois', role: 'directrice du bureau régional' },
    ]);
  });

  it('finds English and Spanish speakers', () => {
    assert.deepEqual(persons('"We will not stop," said Jane Doe, IOM Chief of Mission in Kenya.'), [
      { name: 'Jane Doe', role: 'IOM Chief of Mission in Kenya' },
    ]);
    assert.deepEqual(persons('«Es un paso clave», afirmó Ana María López, jefa de misión de la OIM en México.'), [
      { name: 'Ana María López', role: 'jefa de misión de la OIM en México' },
    ]);
    assert.deepEqual(persons('Según Carlos de la Fuente, el proyecto avanza.'), [{ name: 'Carlos de la Fuente', role: null }]);
  });

  it('finds "Name, Title, verb" and "Title, Name"', () => {
    assert.deepEqual(persons("Pedro Gómez, Ministre de l'Intérieur, a salué l'initiative."), [
      { name: 'Pedro Gómez', role: "Ministre de l'Intérieur" },
    ]);
    assert.deepEqual(persons('La ministra de Trabajo, Carla Gómez Ruiz, inauguró el taller.'), [
      { name: 'Carla Gómez Ruiz', role: 'ministra de Trabajo' },
    ]);
    assert.deepEqual(persons('Minister Samuel Okoro opened the meeting.'), [{ name: 'Samuel Okoro', role: 'Minister' }]);
    assert.deepEqual(persons('"It is hidden," said Superintendent Carl Reyes, head of the Trafficking in Persons Unit.'), [
      { name: 'Carl Reyes', role: 'head of the Trafficking in Persons Unit' },
    ]);
  });

  it('reads press contacts from the text and the structured contacts', () => {
    assert.deepEqual(
      persons('Pour plus d’informations, veuillez contacter Lucie Martin, OIM Dakar.', [
        { name: 'Omar Diallo', office: 'OIM Dakar' },
        { name: null, office: 'OIM Genève' },
      ]),
      [
        { name: 'Lucie Martin', role: 'press contact' },
        { name: 'Omar Diallo', role: 'press contact' },
      ],
    );
  });

  it('does not take organisations, places or dates for people', () => {
    assert.deepEqual(persons('Selon les Nations Unies, la situation reste grave.'), []);
    assert.deepEqual(persons('said Buenos Aires officials'), []);
    assert.deepEqual(persons('Le Mexique, Guatemala et Honduras ont signé.'), []);
  });
});
