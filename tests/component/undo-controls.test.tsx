import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { UndoControls } from '../../src/features/history/undo-controls';
import { agreedCell, agreedOf } from '../unit/one-round';
import { renderWithServices } from './render-with-services';

test('the undo and redo buttons are disabled until there is something to undo or redo', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<UndoControls />);
  expect(screen.getByRole('button', { name: 'Ångra' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Gör om' })).toBeDisabled();

  services.workspaceStore.getState().setScore(agreedCell('06', '1.1'), 2);
  expect(await screen.findByRole('button', { name: 'Ångra' })).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Ångra' })).toHaveAttribute('title', 'Ångra poängen för 1.1 i Jönköping (Ctrl+Z)');

  await user.click(screen.getByRole('button', { name: 'Ångra' }));
  expect(agreedOf(services.workspaceStore.getState())).toEqual({});
  expect(screen.getByRole('button', { name: 'Gör om' })).toBeEnabled();
  await user.click(screen.getByRole('button', { name: 'Gör om' }));
  expect(agreedOf(services.workspaceStore.getState())['06']?.scores['1.1']).toBe(2);
});

test('Ctrl+Z undoes and Ctrl+Shift+Z redoes, except in a text field where they edit the text', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(
    <>
      <UndoControls />
      <label>
        Anteckning <textarea />
      </label>
    </>,
  );
  services.workspaceStore.getState().setScore(agreedCell('06', '1.1'), 2);

  await user.click(screen.getByRole('textbox', { name: 'Anteckning' }));
  await user.keyboard('{Control>}z{/Control}');
  expect(agreedOf(services.workspaceStore.getState())['06']?.scores['1.1']).toBe(2);

  await user.click(document.body);
  await user.keyboard('{Control>}z{/Control}');
  expect(agreedOf(services.workspaceStore.getState())).toEqual({});
  await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
  expect(agreedOf(services.workspaceStore.getState())['06']?.scores['1.1']).toBe(2);
});

test('in English, the buttons are Undo and Redo and their titles name the change', async () => {
  const user = userEvent.setup();
  const { services } = renderWithServices(<UndoControls />, { assessments: {} }, undefined, 'en');
  expect(screen.getByRole('group', { name: 'Undo and redo' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Nothing to undo');
  expect(screen.getByRole('button', { name: 'Redo' })).toHaveAttribute('title', 'Nothing to redo');

  services.workspaceStore.getState().setScore(agreedCell('06', '1.1'), 2);
  expect(await screen.findByRole('button', { name: 'Undo' })).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo the score for 1.1 in Jönköping (Ctrl+Z)');
  expect(screen.getByText('Latest change: the score for 1.1 in Jönköping')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(screen.getByRole('button', { name: 'Redo' })).toHaveAttribute('title', 'Redo the score for 1.1 in Jönköping (Ctrl+Shift+Z)');
});
