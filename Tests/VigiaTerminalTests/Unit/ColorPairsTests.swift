import Testing
import VigiaViews
@testable import VigiaTerminal

/// Downgrading theme colours to what a terminal offers (pure functions; no terminal needed).
@Suite struct ColorPairsTests {
    @Test func standardIsTheTerminalDefault() {
        for depth in ColorDepth.allCases {
            #expect(ColorPairs.resolve(.standard, depth: depth) == -1)
        }
    }

    @Test func monochromeUsesNoColours() {
        #expect(ColorPairs.resolve(.indexed(196), depth: .none) == -1)
        #expect(ColorPairs.resolve(.ansi(1), depth: .none) == -1)
        let pair = ColorPairs.resolve(foreground: .ansi(1), background: .ansi(4), depth: .none)
        #expect(pair.foreground == -1 && pair.background == -1)
    }

    @Test func twoFiftySixKeepsIndices() {
        #expect(ColorPairs.resolve(.indexed(208), depth: .twoFiftySix) == 208)
        #expect(ColorPairs.resolve(.ansi(9), depth: .twoFiftySix) == 9)
    }

    @Test func cubeColoursGoToTheNearestANSIColour() {
        #expect(ColorPairs.resolve(.indexed(196), depth: .sixteen) == 9)  // pure red
        #expect(ColorPairs.resolve(.indexed(46), depth: .sixteen) == 10)  // pure green
        #expect(ColorPairs.resolve(.indexed(21), depth: .sixteen) == 4)  // pure blue is nearer xterm blue than bright blue
        #expect(ColorPairs.resolve(.indexed(231), depth: .sixteen) == 15)  // white
        #expect(ColorPairs.resolve(.indexed(16), depth: .sixteen) == 0)  // black
        #expect(ColorPairs.resolve(.indexed(124), depth: .sixteen) == 1)  // dark red
        #expect(ColorPairs.resolve(.indexed(3), depth: .sixteen) == 3)  // already ANSI
    }

    @Test func greyRampGoesToBlackGreyOrWhite() {
        #expect(ColorPairs.resolve(.indexed(232), depth: .sixteen) == 0)
        #expect(ColorPairs.resolve(.indexed(244), depth: .sixteen) == 8)
        #expect(ColorPairs.resolve(.indexed(255), depth: .sixteen) == 7)
        #expect(ColorPairs.resolve(.indexed(231), depth: .sixteen) == 15)
    }

    @Test func eightColoursFoldBrightColoursToNormal() {
        #expect(ColorPairs.resolve(.ansi(9), depth: .eight) == 1)
        #expect(ColorPairs.resolve(.ansi(12), depth: .eight) == 4)
        #expect(ColorPairs.resolve(.indexed(196), depth: .eight) == 1)
        #expect(ColorPairs.resolve(.ansi(15), depth: .eight) == 7)
    }

    @Test func greyStaysVisibleOnEightColours() {
        // Bright black would become black, invisible on a dark terminal.
        #expect(ColorPairs.resolve(.ansi(8), depth: .eight) == 7)
        #expect(ColorPairs.resolve(.indexed(244), depth: .eight) == 7)
    }

    @Test func downgradingNeverMakesTextInvisible() {
        // Dark grey on black: distinct at 256, both black at 8 before the fix.
        let pair = ColorPairs.resolve(foreground: .indexed(236), background: .ansi(0), depth: .eight)
        #expect(pair.background == 0)
        #expect(pair.foreground != pair.background)
        // Light grey on white-ish grey: both become ANSI 7 at 16 colours.
        let light = ColorPairs.resolve(foreground: .indexed(253), background: .ansi(7), depth: .sixteen)
        #expect(light.foreground != light.background)
        #expect(light.foreground == 0)
    }

    @Test func identicalColoursAreLeftAlone() {
        // A deliberate block of colour (same foreground and background) is the theme's choice.
        let pair = ColorPairs.resolve(foreground: .ansi(4), background: .ansi(4), depth: .sixteen)
        #expect(pair.foreground == 4 && pair.background == 4)
    }

    @Test func withoutDefaultColoursStandardBecomesWhiteOnBlack() {
        let pair = ColorPairs.resolve(foreground: .standard, background: .standard, depth: .eight, defaultColors: false)
        #expect(pair.foreground == 7 && pair.background == 0)
        let withDefaults = ColorPairs.resolve(foreground: .standard, background: .ansi(2), depth: .eight)
        #expect(withDefaults.foreground == -1 && withDefaults.background == 2)
    }

    @Test func paletteGeometry() {
        #expect(ColorPairs.rgb(index: 16) == (0, 0, 0))
        #expect(ColorPairs.rgb(index: 196) == (255, 0, 0))
        #expect(ColorPairs.rgb(index: 232) == (8, 8, 8))
        #expect(ColorPairs.rgb(index: 255) == (238, 238, 238))
    }
}
